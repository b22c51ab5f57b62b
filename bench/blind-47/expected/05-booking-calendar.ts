// expect: none
// The memoised calendar load is intentionally shared (same value, cleared on failure) and retries call a fresh factory each attempt.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Artist {
  id: string;
  name: string;
  styles: string[];
}

export interface Slot {
  artistId: string;
  start: Date;
  minutes: number;
}

interface Calendar {
  artists: Artist[];
  booked: Slot[];
  loadedAt: number;
}

declare const studioApi: {
  listArtists(): Promise<Artist[]>;
  listBookings(fromIso: string): Promise<Slot[]>;
  createBooking(slot: Slot, clientId: string, depositCents: number): Promise<{ bookingId: string }>;
};

async function withRetry<T>(attempt: () => Promise<T>, tries = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      await sleep(300 * (i + 1));
    }
  }
  throw lastError;
}

function overlaps(a: Slot, b: Slot): boolean {
  if (a.artistId !== b.artistId) return false;
  const aEnd = a.start.getTime() + a.minutes * 60_000;
  const bEnd = b.start.getTime() + b.minutes * 60_000;
  return a.start.getTime() < bEnd && b.start.getTime() < aEnd;
}

export class BookingCalendar {
  private calendar: Promise<Calendar> | undefined;

  constructor(private readonly maxAgeMs = 60_000) {}

  private fetchArtists = (): Promise<Artist[]> => studioApi.listArtists();

  private async load(): Promise<Calendar> {
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const [artists, booked] = await Promise.all([
      withRetry(this.fetchArtists),
      withRetry(() => studioApi.listBookings(from)),
    ]);
    return { artists, booked, loadedAt: Date.now() };
  }

  private current(): Promise<Calendar> {
    this.calendar ??= this.load().catch((err: unknown) => {
      this.calendar = undefined;
      throw err;
    });
    return this.calendar;
  }

  async artistsFor(style: string): Promise<Artist[]> {
    const cal = await this.current();
    return cal.artists.filter((a) => a.styles.includes(style));
  }

  async isFree(slot: Slot): Promise<boolean> {
    const cal = await this.current();
    return !cal.booked.some((b) => overlaps(b, slot));
  }

  async book(slot: Slot, clientId: string): Promise<string> {
    const cal = await this.current();
    if (Date.now() - cal.loadedAt > this.maxAgeMs) {
      this.calendar = undefined;
    }
    if (!(await this.isFree(slot))) {
      throw new Error(`Slot ${slot.start.toISOString()} is taken for ${slot.artistId}`);
    }
    const deposit = slot.minutes >= 180 ? 10_000 : 5_000;
    const { bookingId } = await withRetry(() => studioApi.createBooking(slot, clientId, deposit), 2);
    (await this.current()).booked.push(slot);
    return bookingId;
  }
}
