// expect: none
// Each reminder is sent by a call made inside the loop and awaited before the next one starts, so no promise is ever left waiting without a handler.
import { setTimeout as delay } from 'node:timers/promises';

export interface PuppetBooking {
  bookingId: string;
  showTitle: string;
  startsAt: Date;
  email: string;
  seats: number;
  remindedAt?: Date;
}

export interface BookingStore {
  upcoming(withinHours: number): Promise<PuppetBooking[]>;
  markReminded(bookingId: string, at: Date): Promise<void>;
}

export interface Mailer {
  send(to: string, subject: string, text: string): Promise<{ messageId: string }>;
}

export interface ReminderRun {
  sent: string[];
  failed: Array<{ bookingId: string; error: string }>;
}

function reminderText(b: PuppetBooking): string {
  const when = b.startsAt.toLocaleString('en-GB', { weekday: 'long', hour: '2-digit', minute: '2-digit' });
  return [
    `Your ${b.seats} seat(s) for "${b.showTitle}" are booked for ${when}.`,
    'Doors open 20 minutes before curtain; latecomers are seated at the interval.',
    `Booking reference: ${b.bookingId}`,
  ].join('\n');
}

export class ReminderJob {
  constructor(
    private store: BookingStore,
    private mailer: Mailer,
    private spacingMs = 250,
  ) {}

  async run(withinHours = 24): Promise<ReminderRun> {
    const bookings = await this.store.upcoming(withinHours);
    const due = bookings.filter((b) => !b.remindedAt);
    const run: ReminderRun = { sent: [], failed: [] };

    for (const booking of due) {
      try {
        await this.mailer.send(booking.email, `Reminder: ${booking.showTitle}`, reminderText(booking));
        await this.store.markReminded(booking.bookingId, new Date());
        run.sent.push(booking.bookingId);
      } catch (err) {
        run.failed.push({ bookingId: booking.bookingId, error: (err as Error).message });
      }
      await delay(this.spacingMs);
    }
    return run;
  }
}
