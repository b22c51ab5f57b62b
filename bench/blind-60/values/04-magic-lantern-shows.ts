// expect: no-read-before-settle
// scheduleShow sets runtimeMs inside the catalog lookup's .then callbacks but reads it synchronously right after, so every booking uses the placeholder runtime.
export interface ShowBooking {
  bookingId: string;
  showId: string;
  venue: string;
  startsAt: number;
  endsAt: number;
  intermission: boolean;
}

export interface Venue {
  name: string;
  openFrom: number;
  closesAt: number;
  turnaroundMs: number;
}

declare const slideCatalog: {
  runtimeMs(showId: string): Promise<number>;
};
declare const log: { warn(msg: string, meta?: object): void };

const DEFAULT_RUNTIME_MS = 45 * 60_000;
const INTERMISSION_MS = 15 * 60_000;

export class LanternSchedule {
  private readonly bookings: ShowBooking[] = [];
  private seq = 0;

  constructor(private readonly venue: Venue) {}

  private nextFreeSlot(after: number): number {
    const last = this.bookings
      .filter((b) => b.endsAt > after)
      .reduce((latest, b) => Math.max(latest, b.endsAt + this.venue.turnaroundMs), after);
    return Math.max(last, this.venue.openFrom);
  }

  scheduleShow(showId: string, earliest: number): ShowBooking {
    let runtimeMs = DEFAULT_RUNTIME_MS;
    slideCatalog.runtimeMs(showId).then(
      (ms) => {
        runtimeMs = ms;
      },
      (err: unknown) => {
        log.warn('runtime lookup failed; using default', { showId, err });
      },
    );

    const intermission = runtimeMs > 70 * 60_000;
    const startsAt = this.nextFreeSlot(earliest);
    const endsAt = startsAt + runtimeMs + (intermission ? INTERMISSION_MS : 0);
    if (endsAt > this.venue.closesAt) {
      throw new Error(`${showId} would run past closing at ${this.venue.name}`);
    }

    const booking: ShowBooking = {
      bookingId: `${this.venue.name}-${++this.seq}`,
      showId,
      venue: this.venue.name,
      startsAt,
      endsAt,
      intermission,
    };
    this.bookings.push(booking);
    return booking;
  }

  cancel(bookingId: string): boolean {
    const i = this.bookings.findIndex((b) => b.bookingId === bookingId);
    if (i < 0) return false;
    this.bookings.splice(i, 1);
    return true;
  }

  programme(): string[] {
    const fmt = (t: number) => new Date(t).toISOString().slice(11, 16);
    return [...this.bookings]
      .sort((a, b) => a.startsAt - b.startsAt)
      .map((b) => `${fmt(b.startsAt)}–${fmt(b.endsAt)} ${b.showId}${b.intermission ? ' (with interval)' : ''}`);
  }
}
