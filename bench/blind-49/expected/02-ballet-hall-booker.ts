// expect: no-uncalled-async-function
// close() awaits this.flushPending (the method) rather than this.flushPending(), so queued bookings are dropped when the booker shuts down.
export interface HallBooking {
  hall: 'studio-a' | 'studio-b' | 'main-stage';
  company: string;
  choreographer: string;
  start: Date;
  end: Date;
  pianistRequired: boolean;
}

interface BookingRow {
  hall: string;
  company: string;
  choreographer: string;
  start_iso: string;
  end_iso: string;
  pianist: 0 | 1;
}

declare const bookingStore: {
  insertMany(rows: BookingRow[]): Promise<number>;
  conflicts(hall: string, start: Date, end: Date): Promise<number>;
};

declare const pianistRoster: {
  reserve(start: Date, end: Date): Promise<boolean>;
};

export class RehearsalHallBooker {
  private pending: HallBooking[] = [];
  private closed = false;
  private readonly flushThreshold: number;

  constructor(options: { flushThreshold?: number } = {}) {
    this.flushThreshold = options.flushThreshold ?? 20;
  }

  async request(booking: HallBooking): Promise<void> {
    if (this.closed) throw new Error('booker is closed');
    if (booking.end <= booking.start) {
      throw new RangeError(`booking for ${booking.company} ends before it starts`);
    }
    const clash = await bookingStore.conflicts(booking.hall, booking.start, booking.end);
    if (clash > 0) {
      throw new Error(`${booking.hall} is already booked between ${booking.start.toISOString()} and ${booking.end.toISOString()}`);
    }
    if (booking.pianistRequired && !(await pianistRoster.reserve(booking.start, booking.end))) {
      throw new Error(`no rehearsal pianist free for ${booking.company}`);
    }
    this.pending.push(booking);
    if (this.pending.length >= this.flushThreshold) {
      await this.flushPending();
    }
  }

  async flushPending(): Promise<number> {
    if (this.pending.length === 0) return 0;
    const batch = this.pending;
    this.pending = [];
    try {
      return await bookingStore.insertMany(batch.map(toRow));
    } catch (err) {
      this.pending = batch.concat(this.pending);
      throw err;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flushPending;
  }

  hoursBooked(hall: HallBooking['hall']): number {
    return this.pending
      .filter((b) => b.hall === hall)
      .reduce((sum, b) => sum + (b.end.getTime() - b.start.getTime()) / 3_600_000, 0);
  }
}

function toRow(b: HallBooking): BookingRow {
  return {
    hall: b.hall,
    company: b.company,
    choreographer: b.choreographer,
    start_iso: b.start.toISOString(),
    end_iso: b.end.toISOString(),
    pianist: b.pianistRequired ? 1 : 0,
  };
}
