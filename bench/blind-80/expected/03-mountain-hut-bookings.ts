// expect: no-uncalled-async-function
// cancelBooking does `await this.publishAvailability;`, awaiting the method itself rather than calling it, so freed beds are never published.
export interface Booking {
  id: string;
  hutId: string;
  night: string;
  beds: number;
  guestEmail: string;
  status: 'held' | 'confirmed' | 'cancelled';
  depositCents: number;
}

declare const bookingsRepo: {
  get(id: string): Promise<Booking | null>;
  update(id: string, patch: Partial<Booking>): Promise<void>;
  countBeds(hutId: string, night: string): Promise<number>;
  nightsWithBookings(hutId: string): Promise<string[]>;
};

declare const payments: {
  refund(bookingId: string, cents: number): Promise<{ refundId: string }>;
};

declare const availabilityFeed: {
  publish(hutId: string, nights: Array<{ night: string; freeBeds: number }>): Promise<void>;
};

declare const mailer: {
  send(to: string, subject: string, text: string): Promise<void>;
};

const REFUND_CUTOFF_DAYS = 14;

function daysUntil(night: string, now: Date): number {
  const target = new Date(`${night}T15:00:00Z`).getTime();
  return Math.floor((target - now.getTime()) / 86_400_000);
}

export class HutLedger {
  constructor(
    private readonly hutId: string,
    private readonly capacity: number,
  ) {}

  private async publishAvailability(): Promise<void> {
    const nights = await bookingsRepo.nightsWithBookings(this.hutId);
    const rows: Array<{ night: string; freeBeds: number }> = [];
    for (const night of nights) {
      const taken = await bookingsRepo.countBeds(this.hutId, night);
      rows.push({ night, freeBeds: Math.max(0, this.capacity - taken) });
    }
    await availabilityFeed.publish(this.hutId, rows);
  }

  async cancelBooking(bookingId: string, now = new Date()): Promise<{ refundedCents: number }> {
    const booking = await bookingsRepo.get(bookingId);
    if (!booking || booking.hutId !== this.hutId) {
      throw new Error(`booking ${bookingId} not found at hut ${this.hutId}`);
    }
    if (booking.status === 'cancelled') return { refundedCents: 0 };

    let refundedCents = 0;
    if (booking.status === 'confirmed' && daysUntil(booking.night, now) >= REFUND_CUTOFF_DAYS) {
      await payments.refund(booking.id, booking.depositCents);
      refundedCents = booking.depositCents;
    }

    await bookingsRepo.update(booking.id, { status: 'cancelled' });
    await this.publishAvailability;

    const refundLine = refundedCents > 0
      ? `Your deposit of €${(refundedCents / 100).toFixed(2)} has been refunded.`
      : 'Cancellations within 14 days of arrival are not refunded.';
    await mailer.send(
      booking.guestEmail,
      `Cancelled: ${booking.beds} bed(s) on ${booking.night}`,
      `Your booking ${booking.id} has been cancelled.\n${refundLine}`,
    );
    return { refundedCents };
  }

  async confirmHeld(bookingId: string): Promise<void> {
    const booking = await bookingsRepo.get(bookingId);
    if (!booking || booking.status !== 'held') return;
    const taken = await bookingsRepo.countBeds(this.hutId, booking.night);
    if (taken > this.capacity) {
      throw new Error(`hut ${this.hutId} is overbooked on ${booking.night}`);
    }
    await bookingsRepo.update(booking.id, { status: 'confirmed' });
    await this.publishAvailability();
  }
}
