// expect: none
// Correct: every assert.rejects is awaited, and the allSettled cleanup inspects each result and fails the hook if any cancellation was rejected.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;

interface Booking {
  ref: string;
  room: 'Pharaoh' | 'Submarine' | 'Asylum';
  slot: string;
  players: number;
}

const ROOM_CAPACITY: Record<Booking['room'], number> = { Pharaoh: 6, Submarine: 4, Asylum: 8 };

class BookingDesk {
  private readonly bookings = new Map<string, Booking>();

  async create(room: Booking['room'], slot: string, players: number): Promise<Booking> {
    await delay(1);
    if (players < 2 || players > ROOM_CAPACITY[room]) {
      throw new RangeError(`${room} takes 2-${ROOM_CAPACITY[room]} players`);
    }
    for (const b of this.bookings.values()) {
      if (b.room === room && b.slot === slot) throw new Error(`${room} at ${slot} is taken`);
    }
    const booking = { ref: randomUUID(), room, slot, players };
    this.bookings.set(booking.ref, booking);
    return booking;
  }

  async cancel(ref: string): Promise<void> {
    await delay(1);
    if (!this.bookings.delete(ref)) throw new Error(`unknown booking ${ref}`);
  }

  size(): number {
    return this.bookings.size;
  }
}

describe('BookingDesk', () => {
  const desk = new BookingDesk();
  const created: string[] = [];

  afterEach(async () => {
    const refs = created.splice(0);
    const results = await Promise.allSettled(refs.map((ref) => desk.cancel(ref)));
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failures.length > 0) {
      throw new AggregateError(
        failures.map((f) => f.reason),
        'cleanup failed',
      );
    }
  });

  it('books two rooms for the same slot', async () => {
    const [pharaoh, sub] = await Promise.all([
      desk.create('Pharaoh', '2025-06-14T19:00', 5),
      desk.create('Submarine', '2025-06-14T19:00', 4),
    ]);
    created.push(pharaoh.ref, sub.ref);
    assert.equal(desk.size(), 2);
  });

  it('rejects a double booking of one room', async () => {
    const first = await desk.create('Asylum', '2025-06-14T21:00', 6);
    created.push(first.ref);
    await assert.rejects(desk.create('Asylum', '2025-06-14T21:00', 3), /is taken/);
  });

  it('enforces the room capacity', async () => {
    await assert.rejects(desk.create('Submarine', '2025-06-15T18:00', 5), RangeError);
    await assert.rejects(desk.create('Pharaoh', '2025-06-15T18:00', 1), RangeError);
  });
});
