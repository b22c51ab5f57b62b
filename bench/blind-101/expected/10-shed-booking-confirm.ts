// expect: none
// The retry goes through attempt(), which is passed the factory and calls it again on each try, so every retry issues a fresh confirmation request instead of re-awaiting the promise that already failed.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FarmBooking {
  farm: string;
  crew: string;
  date: string;
  mob: number;
}

export interface BookingApi {
  confirm(booking: FarmBooking): Promise<{ confirmationId: string }>;
}

export class BookingBusy extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`booking service busy, retry after ${retryAfterMs} ms`);
    this.name = 'BookingBusy';
  }
}

function attempt<T>(make: () => Promise<T>, triesLeft: number): Promise<T> {
  return make().catch(async (err: unknown) => {
    if (!(err instanceof BookingBusy) || triesLeft <= 1) throw err;
    await sleep(Math.min(err.retryAfterMs, 10_000));
    return attempt(make, triesLeft - 1);
  });
}

export class ShearingRoundPlanner {
  private readonly confirmed = new Map<string, string>();

  constructor(private readonly api: BookingApi) {}

  confirm(booking: FarmBooking): Promise<string> {
    const key = `${booking.farm}:${booking.date}`;
    const known = this.confirmed.get(key);
    if (known) return Promise.resolve(known);

    return attempt(() => this.api.confirm(booking), 4).then(({ confirmationId }) => {
      this.confirmed.set(key, confirmationId);
      return confirmationId;
    });
  }

  async confirmRound(bookings: FarmBooking[]): Promise<string[]> {
    const lines: string[] = [];
    const byDate = [...bookings].sort((a, b) => a.date.localeCompare(b.date));
    for (const booking of byDate) {
      const id = await this.confirm(booking);
      const days = Math.ceil(booking.mob / 900);
      lines.push(`${booking.date} ${booking.farm} (${booking.mob} head, ~${days} day${days > 1 ? 's' : ''}) - ${booking.crew} - ${id}`);
    }
    return lines;
  }
}
