// expect: no-promise-as-value
// The 'frees the buggy' test passes the promise returned by the async isAvailable() to assert.ok, which is always truthy, so the assertion can never fail.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Booking {
  buggyId: string;
  from: number;
  to: number;
}

interface BookingRepo {
  bookingsFor(buggyId: string): Promise<Booking[]>;
  remove(buggyId: string, from: number): Promise<void>;
  add(booking: Booking): Promise<void>;
}

class BuggyAvailability {
  constructor(private readonly repo: BookingRepo) {}

  async isAvailable(buggyId: string, from: number, to: number): Promise<boolean> {
    const bookings = await this.repo.bookingsFor(buggyId);
    return bookings.every((b) => b.to <= from || b.from >= to);
  }

  async book(booking: Booking): Promise<void> {
    if (!(await this.isAvailable(booking.buggyId, booking.from, booking.to))) {
      throw new Error(`buggy ${booking.buggyId} is already booked`);
    }
    await this.repo.add(booking);
  }

  async cancel(buggyId: string, from: number): Promise<void> {
    await this.repo.remove(buggyId, from);
  }
}

class MemoryRepo implements BookingRepo {
  readonly rows: Booking[] = [];
  async bookingsFor(buggyId: string): Promise<Booking[]> {
    return this.rows.filter((b) => b.buggyId === buggyId);
  }
  async remove(buggyId: string, from: number): Promise<void> {
    const i = this.rows.findIndex((b) => b.buggyId === buggyId && b.from === from);
    if (i >= 0) this.rows.splice(i, 1);
  }
  async add(booking: Booking): Promise<void> {
    this.rows.push(booking);
  }
}

describe('BuggyAvailability', () => {
  let repo: MemoryRepo;
  let availability: BuggyAvailability;

  before(() => {
    repo = new MemoryRepo();
    availability = new BuggyAvailability(repo);
  });

  after(() => {
    repo.rows.length = 0;
  });

  test('rejects an overlapping booking', async () => {
    await availability.book({ buggyId: 'DB-9', from: 10, to: 14 });
    await assert.rejects(availability.book({ buggyId: 'DB-9', from: 12, to: 16 }), /already booked/);
  });

  test('allows back-to-back bookings', async () => {
    assert.equal(await availability.isAvailable('DB-9', 14, 18), true);
  });

  test('frees the buggy after a cancellation', async () => {
    await availability.cancel('DB-9', 10);
    assert.ok(availability.isAvailable('DB-9', 11, 13));
    assert.equal(repo.rows.length, 0);
  });
});
