// expect: none
// Both reservations are started together and combined with Promise.all, and assert.rejects is awaited, so every rejection is observed.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface Reservation {
  kilnId: string;
  artist: string;
  startsAt: number;
  hours: number;
}

// Small in-memory version of the studio's annealing-kiln booking service.
class KilnScheduler {
  private readonly bookings = new Map<string, Reservation[]>();
  private readonly maxTempHours: number;

  constructor(kilnIds: string[], maxTempHours = 14) {
    for (const id of kilnIds) this.bookings.set(id, []);
    this.maxTempHours = maxTempHours;
  }

  async reserve(req: Reservation): Promise<Reservation> {
    // simulate the latency of the studio calendar backend
    await delay(5);
    const slots = this.bookings.get(req.kilnId);
    if (!slots) throw new Error(`unknown kiln ${req.kilnId}`);
    if (req.hours > this.maxTempHours) throw new Error('annealing cycle too long');
    const end = req.startsAt + req.hours * 3_600_000;
    const clash = slots.some((s) => {
      const sEnd = s.startsAt + s.hours * 3_600_000;
      return req.startsAt < sEnd && s.startsAt < end;
    });
    if (clash) throw new Error(`kiln ${req.kilnId} already booked`);
    slots.push(req);
    return req;
  }

  list(kilnId: string): Reservation[] {
    return [...(this.bookings.get(kilnId) ?? [])].sort((a, b) => a.startsAt - b.startsAt);
  }
}

describe('KilnScheduler', () => {
  const monday = Date.UTC(2024, 3, 8, 9);
  let scheduler: KilnScheduler;

  beforeEach(() => {
    scheduler = new KilnScheduler(['annealer-1', 'annealer-2']);
  });

  it('books two kilns concurrently', async () => {
    const first = scheduler.reserve({ kilnId: 'annealer-1', artist: 'Ines', startsAt: monday, hours: 6 });
    const second = scheduler.reserve({ kilnId: 'annealer-2', artist: 'Tomas', startsAt: monday, hours: 8 });

    const [a, b] = await Promise.all([first, second]);

    assert.equal(a.artist, 'Ines');
    assert.equal(b.artist, 'Tomas');
    assert.equal(scheduler.list('annealer-1').length, 1);
  });

  it('rejects an overlapping booking', async () => {
    await scheduler.reserve({ kilnId: 'annealer-1', artist: 'Ines', startsAt: monday, hours: 6 });

    await assert.rejects(
      scheduler.reserve({ kilnId: 'annealer-1', artist: 'Mara', startsAt: monday + 3_600_000, hours: 2 }),
      /already booked/,
    );
  });

  it('rejects cycles longer than the kiln allows', async () => {
    await assert.rejects(
      scheduler.reserve({ kilnId: 'annealer-2', artist: 'Mara', startsAt: monday, hours: 20 }),
      { message: 'annealing cycle too long' },
    );
  });

  it('keeps bookings sorted by start time', async () => {
    await scheduler.reserve({ kilnId: 'annealer-1', artist: 'B', startsAt: monday + 86_400_000, hours: 4 });
    await scheduler.reserve({ kilnId: 'annealer-1', artist: 'A', startsAt: monday, hours: 4 });
    assert.deepEqual(
      scheduler.list('annealer-1').map((r) => r.artist),
      ['A', 'B'],
    );
  });
});
