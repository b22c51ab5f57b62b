// expect: no-floating-promises
// The async callback given to forEach returns a promise that forEach ignores, so run() returns before any reminder is sent and a failed send or markReminded becomes an unhandled rejection.
export interface Booking {
  id: string;
  guestName: string;
  email: string;
  teaHouse: string;
  ceremony: 'chaji' | 'chakai' | 'usucha';
  startsAt: Date;
  dietaryNotes?: string;
}

export interface BookingStore {
  findUnreminded(from: Date, to: Date): Promise<Booking[]>;
  markReminded(bookingId: string, at: Date): Promise<void>;
}

export interface Mailer {
  send(message: { to: string; subject: string; html: string }): Promise<{ messageId: string }>;
}

const ceremonyNames: Record<Booking['ceremony'], string> = {
  chaji: 'a full chaji with kaiseki meal',
  chakai: 'an informal chakai gathering',
  usucha: 'a thin tea (usucha) service',
};

function renderReminder(booking: Booking): string {
  const when = booking.startsAt.toLocaleString('en-GB', {
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
  const notes = booking.dietaryNotes
    ? `<p>We have noted: ${escapeHtml(booking.dietaryNotes)}</p>`
    : '';
  return [
    `<p>Dear ${escapeHtml(booking.guestName)},</p>`,
    `<p>This is a reminder of ${ceremonyNames[booking.ceremony]} at ${escapeHtml(booking.teaHouse)} on ${when}.</p>`,
    '<p>Please arrive fifteen minutes early to pass through the roji garden. Socks are required in the tea room.</p>',
    notes,
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export class ReminderJob {
  constructor(
    private readonly store: BookingStore,
    private readonly mailer: Mailer,
    private readonly leadHours = 24,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async run(): Promise<number> {
    const now = this.clock();
    const horizon = new Date(now.getTime() + this.leadHours * 3_600_000);
    const due = await this.store.findUnreminded(now, horizon);

    due.forEach(async (booking) => {
      await this.mailer.send({
        to: booking.email,
        subject: `Your tea ceremony at ${booking.teaHouse}`,
        html: renderReminder(booking),
      });
      await this.store.markReminded(booking.id, this.clock());
    });

    return due.length;
  }
}
