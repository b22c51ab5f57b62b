// expect: none
// Concurrent bookings are started together and joined with Promise.all, and every assert.rejects is awaited.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface IceSlot {
  rink: 'main' | 'practice';
  start: string; // ISO timestamp
  minutes: number;
}

interface Booking {
  id: string;
  club: string;
  slot: IceSlot;
}

class RinkScheduler {
  private bookings = new Map<string, Booking>();
  private seq = 0;

  private key(slot: IceSlot): string {
    return `${slot.rink}@${slot.start}`;
  }

  async book(club: string, slot: IceSlot): Promise<Booking> {
    // Simulate the round trip to the facility database.
    await delay(5);
    if (slot.minutes % 15 !== 0) {
      throw new RangeError(`slot length must be a multiple of 15 minutes, got ${slot.minutes}`);
    }
    const k = this.key(slot);
    if (this.bookings.has(k)) {
      throw new Error(`ice already booked: ${k}`);
    }
    const booking: Booking = { id: `bk-${++this.seq}`, club, slot };
    this.bookings.set(k, booking);
    return booking;
  }

  async cancel(id: string): Promise<void> {
    await delay(2);
    for (const [k, b] of this.bookings) {
      if (b.id === id) {
        this.bookings.delete(k);
        return;
      }
    }
    throw new Error(`unknown booking ${id}`);
  }

  list(): Booking[] {
    return [...this.bookings.values()];
  }
}

describe('RinkScheduler', () => {
  let scheduler: RinkScheduler;

  beforeEach(() => {
    scheduler = new RinkScheduler();
  });

  it('books different rinks at the same time concurrently', async () => {
    const start = '2024-11-02T18:00:00Z';
    const [hockey, figure] = await Promise.all([
      scheduler.book('Northside Hockey', { rink: 'main', start, minutes: 60 }),
      scheduler.book('Glide Figure Club', { rink: 'practice', start, minutes: 45 }),
    ]);
    assert.notEqual(hockey.id, figure.id);
    assert.equal(scheduler.list().length, 2);
  });

  it('refuses a second booking on the same ice', async () => {
    const slot: IceSlot = { rink: 'main', start: '2024-11-02T19:00:00Z', minutes: 60 };
    await scheduler.book('Curling Seniors', slot);
    await assert.rejects(scheduler.book('Learn to Skate', slot), /already booked/);
  });

  it('rejects odd slot lengths', async () => {
    const slot: IceSlot = { rink: 'practice', start: '2024-11-03T07:00:00Z', minutes: 50 };
    await assert.rejects(scheduler.book('Early Birds', slot), RangeError);
  });

  it('frees the ice after cancellation', async () => {
    const slot: IceSlot = { rink: 'main', start: '2024-11-04T06:30:00Z', minutes: 90 };
    const first = await scheduler.book('Speed Skating', slot);
    await scheduler.cancel(first.id);
    const second = await scheduler.book('Public Session', slot);
    assert.equal(second.club, 'Public Session');
    await assert.rejects(scheduler.cancel(first.id), /unknown booking/);
  });
});
