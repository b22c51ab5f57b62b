// expect: none
// Reminder sends are awaited in a for-of loop; the one deliberate fire-and-forget (analytics) is marked void and carries its own .catch.
export interface TourBooking {
  bookingId: string;
  guestName: string;
  phone: string;
  roof: string;
  startsAt: Date;
  beeSuitSize: 'S' | 'M' | 'L' | 'XL';
  allergyDeclared: boolean;
}

declare const bookings: {
  startingBetween(from: Date, to: Date): Promise<TourBooking[]>;
  markReminded(bookingId: string): Promise<void>;
};

declare const sms: {
  send(phone: string, body: string): Promise<{ messageId: string }>;
};

declare const analytics: {
  track(event: string, props: Record<string, string | number | boolean>): Promise<void>;
};

declare const log: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

function reminderText(b: TourBooking): string {
  const time = b.startsAt.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const lines = [
    `Hi ${b.guestName}, your rooftop hive tour on ${b.roof} starts at ${time} tomorrow.`,
    `We've set aside a size ${b.beeSuitSize} bee suit for you. Please wear closed shoes.`,
  ];
  if (b.allergyDeclared) {
    lines.push('You told us about a sting allergy: please bring your auto-injector; tours go ahead only if you have it.');
  }
  return lines.join(' ');
}

export async function sendTomorrowReminders(now = new Date()): Promise<{ sent: number; failed: string[] }> {
  const from = new Date(now.getTime() + 20 * 3600 * 1000);
  const to = new Date(now.getTime() + 28 * 3600 * 1000);
  const due = await bookings.startingBetween(from, to);

  const failed: string[] = [];
  let sent = 0;

  for (const booking of due) {
    try {
      const { messageId } = await sms.send(booking.phone, reminderText(booking));
      await bookings.markReminded(booking.bookingId);
      log.info('reminder sent', { bookingId: booking.bookingId, messageId });
      sent++;
    } catch (err) {
      failed.push(booking.bookingId);
      log.warn('reminder failed', { bookingId: booking.bookingId, error: String(err) });
    }
  }

  // Analytics must never hold up or fail the reminder run.
  void analytics
    .track('tour_reminders_sent', { sent, failed: failed.length, window: from.toISOString() })
    .catch((err: unknown) => log.warn('analytics unavailable', { error: String(err) }));

  return { sent, failed };
}
