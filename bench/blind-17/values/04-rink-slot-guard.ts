// expect: no-promise-as-value
// isSlotFree() returns a Promise<boolean>, so `!this.isSlotFree(...)` is always false and overlapping bookings are never rejected.
import { randomUUID } from 'node:crypto';

export type SessionKind = 'public-skate' | 'hockey' | 'figure' | 'curling';

export interface BookingRequest {
  rinkId: string;
  clubId: string;
  kind: SessionKind;
  start: Date;
  end: Date;
}

export interface Booking extends BookingRequest {
  id: string;
  resurfaceAfter: boolean;
}

declare const db: {
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
  insert(table: string, row: Record<string, unknown>): Promise<void>;
};

export class SlotTakenError extends Error {
  constructor(
    readonly rinkId: string,
    readonly start: Date,
  ) {
    super(`Rink ${rinkId} is already booked at ${start.toISOString()}`);
  }
}

const RESURFACE_MINUTES = 15;
const MAX_SESSION_MINUTES = 180;

export class RinkScheduler {
  constructor(
    private readonly openingHour = 6,
    private readonly closingHour = 23,
  ) {}

  private async isSlotFree(rinkId: string, start: Date, end: Date): Promise<boolean> {
    // Pad the window so the Zamboni always gets its slot between sessions.
    const padded = new Date(end.getTime() + RESURFACE_MINUTES * 60_000);
    const rows = await db.query<{ n: number }>(
      'SELECT count(*) AS n FROM bookings WHERE rink_id = $1 AND starts_at < $2 AND ends_at > $3',
      [rinkId, padded, start],
    );
    return (rows[0]?.n ?? 0) === 0;
  }

  private validate(req: BookingRequest): void {
    const minutes = (req.end.getTime() - req.start.getTime()) / 60_000;
    if (minutes <= 0 || minutes > MAX_SESSION_MINUTES) {
      throw new RangeError(`Session length ${minutes} min is outside 1..${MAX_SESSION_MINUTES}`);
    }
    if (req.start.getHours() < this.openingHour || req.end.getHours() > this.closingHour) {
      throw new RangeError('Session falls outside opening hours');
    }
  }

  async book(req: BookingRequest): Promise<Booking> {
    this.validate(req);

    if (!this.isSlotFree(req.rinkId, req.start, req.end)) {
      throw new SlotTakenError(req.rinkId, req.start);
    }

    const booking: Booking = {
      ...req,
      id: randomUUID(),
      resurfaceAfter: req.kind === 'hockey' || req.kind === 'public-skate',
    };
    await db.insert('bookings', {
      id: booking.id,
      rink_id: booking.rinkId,
      club_id: booking.clubId,
      kind: booking.kind,
      starts_at: booking.start,
      ends_at: booking.end,
      resurface_after: booking.resurfaceAfter,
    });
    return booking;
  }
}
