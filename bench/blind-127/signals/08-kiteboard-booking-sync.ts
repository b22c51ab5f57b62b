// expect: none
// Errors are wrapped into BookingSyncError only after checking that the signal was not aborted, and an aborted sync is rethrown as-is instead of being retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RentalBooking {
  bookingId: string;
  customer: string;
  boardSize: string;
  kiteSizeM2: number;
  from: string;
  to: string;
}

export class BookingSyncError extends Error {
  constructor(
    message: string,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BookingSyncError';
  }
}

export interface BookingStore {
  upsertMany(bookings: RentalBooking[], options: { signal: AbortSignal }): Promise<number>;
}

export class BookingSync {
  constructor(
    private readonly partnerUrl: string,
    private readonly store: BookingStore,
    private readonly attempts = 3,
  ) {}

  async pullSince(cursor: string, signal: AbortSignal): Promise<{ bookings: RentalBooking[]; cursor: string }> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      try {
        const res = await fetch(`${this.partnerUrl}/bookings?since=${encodeURIComponent(cursor)}`, { signal });
        if (!res.ok) throw new Error(`partner API returned ${res.status}`);
        return (await res.json()) as { bookings: RentalBooking[]; cursor: string };
      } catch (err) {
        if (signal.aborted) throw err;
        lastError = err;
      }
      if (attempt < this.attempts) {
        await sleep(1_000 * attempt, undefined, { signal });
      }
    }
    throw new BookingSyncError(`could not pull bookings since ${cursor}`, this.attempts, { cause: lastError });
  }

  async syncOnce(cursor: string, signal: AbortSignal): Promise<{ stored: number; cursor: string }> {
    const page = await this.pullSince(cursor, signal);
    const valid = page.bookings.filter((b) => b.from < b.to && b.kiteSizeM2 > 0);
    if (valid.length === 0) return { stored: 0, cursor: page.cursor };
    try {
      const stored = await this.store.upsertMany(valid, { signal });
      return { stored, cursor: page.cursor };
    } catch (err) {
      if (signal.aborted) throw err;
      throw new BookingSyncError(`storing ${valid.length} bookings failed`, 1, { cause: err });
    }
  }
}

export function overlapping(bookings: RentalBooking[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const bySize = [...bookings].sort((a, b) => a.boardSize.localeCompare(b.boardSize) || a.from.localeCompare(b.from));
  for (let i = 1; i < bySize.length; i++) {
    const prev = bySize[i - 1]!;
    const curr = bySize[i]!;
    if (prev.boardSize === curr.boardSize && curr.from < prev.to) pairs.push([prev.bookingId, curr.bookingId]);
  }
  return pairs;
}
