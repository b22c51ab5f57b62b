// expect: none
// Each assertion compares the awaited result of the async capacity methods, never the pending promise itself, and the last test deliberately checks the promise with assert.rejects.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface PressBooking {
  orchard: string;
  bushels: number;
  day: string;
}

interface BookingStore {
  forDay(day: string): Promise<PressBooking[]>;
  add(booking: PressBooking): Promise<void>;
}

class PressCapacity {
  constructor(private readonly store: BookingStore, private readonly bushelsPerDay: number) {}

  async remaining(day: string): Promise<number> {
    const bookings = await this.store.forDay(day);
    return this.bushelsPerDay - bookings.reduce((s, b) => s + b.bushels, 0);
  }

  async isFull(day: string): Promise<boolean> {
    return (await this.remaining(day)) <= 0;
  }

  async book(booking: PressBooking): Promise<number> {
    const left = await this.remaining(booking.day);
    if (booking.bushels > left) throw new Error(`only ${left} bushels left on ${booking.day}`);
    await this.store.add(booking);
    return left - booking.bushels;
  }
}

function memoryStore(): BookingStore & { all: PressBooking[] } {
  const all: PressBooking[] = [];
  return {
    all,
    forDay: async (day) => all.filter((b) => b.day === day),
    add: async (b) => {
      all.push(b);
    },
  };
}

describe('PressCapacity', () => {
  let store: ReturnType<typeof memoryStore>;
  let capacity: PressCapacity;

  before(() => {
    store = memoryStore();
    capacity = new PressCapacity(store, 120);
  });

  after(() => {
    store.all.length = 0;
  });

  test('starts with the full daily capacity', async () => {
    assert.equal(await capacity.remaining('2024-10-12'), 120);
    assert.equal(await capacity.isFull('2024-10-12'), false);
  });

  test('booking reduces the remaining bushels', async () => {
    const left = await capacity.book({ orchard: 'Hollow Oak', bushels: 80, day: '2024-10-12' });
    assert.equal(left, 40);
    assert.equal(await capacity.remaining('2024-10-12'), 40);
  });

  test('the day is full once all bushels are booked', async () => {
    await capacity.book({ orchard: 'Ridge Farm', bushels: 40, day: '2024-10-12' });
    const full = await capacity.isFull('2024-10-12');
    assert.ok(full);
  });

  test('overbooking is refused', async () => {
    await assert.rejects(capacity.book({ orchard: 'Late Pippin', bushels: 1, day: '2024-10-12' }), /only 0 bushels left/);
  });
});
