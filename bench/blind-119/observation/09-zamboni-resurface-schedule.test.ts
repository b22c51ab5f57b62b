// expect: no-unobserved-promise
// The intermission bookings are all started, then awaited one by one in a loop, so a later booking that rejects while an earlier one is pending has no handler yet.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Slot {
  rink: string;
  startsAt: Date;
  minutes: number;
}

interface Booking extends Slot {
  id: string;
  driver: string;
}

interface SlotStore {
  overlapping(rink: string, from: Date, to: Date): Promise<Booking[]>;
  insert(booking: Booking): Promise<void>;
}

class ResurfaceScheduler {
  private seq = 0;
  constructor(
    private readonly store: SlotStore,
    private readonly drivers: string[],
  ) {}

  async book(slot: Slot): Promise<Booking> {
    const end = new Date(slot.startsAt.getTime() + slot.minutes * 60_000);
    const clashes = await this.store.overlapping(slot.rink, slot.startsAt, end);
    if (clashes.length > 0) {
      throw new Error(`${slot.rink} already resurfacing at ${slot.startsAt.toISOString()}`);
    }
    const driver = this.drivers[this.seq % this.drivers.length];
    const booking: Booking = { ...slot, id: `RS-${++this.seq}`, driver };
    await this.store.insert(booking);
    return booking;
  }
}

describe('ResurfaceScheduler', () => {
  let inserted: Booking[];
  let store: SlotStore;
  let scheduler: ResurfaceScheduler;

  beforeEach(() => {
    inserted = [];
    store = {
      overlapping: vi.fn(async (rink: string, from: Date, to: Date) =>
        inserted.filter(
          (b) => b.rink === rink && b.startsAt < to && new Date(b.startsAt.getTime() + b.minutes * 60_000) > from,
        ),
      ),
      insert: vi.fn(async (b: Booking) => {
        inserted.push(b);
      }),
    };
    scheduler = new ResurfaceScheduler(store, ['Marit', 'Josh']);
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('books every intermission of a game night', async () => {
    const slots: Slot[] = [
      { rink: 'A', startsAt: new Date('2024-02-03T19:20:00Z'), minutes: 12 },
      { rink: 'A', startsAt: new Date('2024-02-03T20:05:00Z'), minutes: 12 },
      { rink: 'B', startsAt: new Date('2024-02-03T19:20:00Z'), minutes: 12 },
    ];
    const pending = slots.map((slot) => scheduler.book(slot));
    const bookings: Booking[] = [];
    for (const p of pending) {
      bookings.push(await p);
    }
    expect(bookings.map((b) => b.id)).toEqual(['RS-1', 'RS-2', 'RS-3']);
    expect(store.insert).toHaveBeenCalledTimes(3);
  });

  it('alternates drivers', async () => {
    const first = await scheduler.book({ rink: 'A', startsAt: new Date('2024-02-04T18:00:00Z'), minutes: 10 });
    const second = await scheduler.book({ rink: 'A', startsAt: new Date('2024-02-04T19:00:00Z'), minutes: 10 });
    expect([first.driver, second.driver]).toEqual(['Marit', 'Josh']);
  });

  it('refuses overlapping slots on the same rink', async () => {
    await scheduler.book({ rink: 'B', startsAt: new Date('2024-02-05T18:00:00Z'), minutes: 15 });
    await expect(
      scheduler.book({ rink: 'B', startsAt: new Date('2024-02-05T18:10:00Z'), minutes: 15 }),
    ).rejects.toThrow(/already resurfacing/);
  });
});
