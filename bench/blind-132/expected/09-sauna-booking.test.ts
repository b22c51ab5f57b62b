// expect: no-uncalled-async-function
// close() puts this.store.disconnect into Promise.all without calling it, so the booking store is never disconnected even though close() resolves.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Booking {
  id: string;
  cabin: string;
  guest: string;
  start: Date;
  minutes: number;
}

interface BookingStore {
  insert(b: Booking): Promise<void>;
  overlapping(cabin: string, start: Date, end: Date): Promise<Booking[]>;
  disconnect(): Promise<void>;
}

interface ReminderSender {
  schedule(booking: Booking): void;
  flush(): Promise<number>;
}

class SaunaBookingService {
  private seq = 0;

  constructor(private readonly store: BookingStore, private readonly reminders: ReminderSender) {}

  async book(cabin: string, guest: string, start: Date, minutes: number): Promise<Booking> {
    if (minutes < 15 || minutes > 120) throw new RangeError('sessions must be 15 to 120 minutes');
    const end = new Date(start.getTime() + minutes * 60_000);
    const clash = await this.store.overlapping(cabin, start, end);
    if (clash.length > 0) throw new Error(`${cabin} is taken by ${clash[0].guest}`);
    const booking: Booking = { id: `B${++this.seq}`, cabin, guest, start, minutes };
    await this.store.insert(booking);
    this.reminders.schedule(booking);
    return booking;
  }

  async close(): Promise<void> {
    await Promise.all([this.reminders.flush(), this.store.disconnect]);
  }
}

describe('SaunaBookingService', () => {
  let store: BookingStore;
  let reminders: ReminderSender;
  let existing: Booking[];

  beforeEach(() => {
    vi.useFakeTimers();
    existing = [];
    store = {
      insert: vi.fn(async (b: Booking) => {
        existing.push(b);
      }),
      overlapping: vi.fn(async (cabin: string, start: Date, end: Date) =>
        existing.filter(
          (b) => b.cabin === cabin && b.start < end && new Date(b.start.getTime() + b.minutes * 60_000) > start,
        ),
      ),
      disconnect: vi.fn(async () => undefined),
    };
    reminders = { schedule: vi.fn(), flush: vi.fn(async () => existing.length) };
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('books a free cabin and schedules a reminder', async () => {
    const service = new SaunaBookingService(store, reminders);
    const booking = await service.book('smoke-sauna', 'Aino', new Date('2024-01-20T17:00:00Z'), 60);
    expect(booking.id).toBe('B1');
    expect(reminders.schedule).toHaveBeenCalledWith(booking);
  });

  it('refuses overlapping bookings', async () => {
    const service = new SaunaBookingService(store, reminders);
    await service.book('smoke-sauna', 'Aino', new Date('2024-01-20T17:00:00Z'), 60);
    await expect(
      service.book('smoke-sauna', 'Veikko', new Date('2024-01-20T17:30:00Z'), 30),
    ).rejects.toThrow('smoke-sauna is taken by Aino');
  });

  it('rejects silly durations', async () => {
    const service = new SaunaBookingService(store, reminders);
    await expect(service.book('lakeside', 'Aino', new Date(), 300)).rejects.toBeInstanceOf(RangeError);
  });

  it('flushes pending reminders on close', async () => {
    const service = new SaunaBookingService(store, reminders);
    await service.book('lakeside', 'Veikko', new Date('2024-01-21T08:00:00Z'), 45);
    await service.close();
    expect(reminders.flush).toHaveBeenCalledTimes(1);
  });
});
