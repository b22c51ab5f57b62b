// expect: no-promise-as-value
// computeDeposit is async but its result is put into the published message without await, so the notice carries a promise that serialises as an empty object instead of the amount.
export interface Booking {
  ref: string;
  hutId: string;
  guestEmail: string;
  nights: string[];
  party: number;
  halfBoard: boolean;
}

export interface RateCard {
  nightlyRate(hutId: string, night: string): Promise<number>;
  halfBoardSupplement(hutId: string): Promise<number>;
}

export interface MessageQueue {
  publish(topic: string, message: Record<string, unknown>): Promise<void>;
}

const DEPOSIT_SHARE = 0.3;
const ALPINE_CLUB_DISCOUNT = 0.15;

export class DepositNotifier {
  constructor(
    private readonly rates: RateCard,
    private readonly queue: MessageQueue,
    private readonly memberEmails: ReadonlySet<string>,
  ) {}

  async computeDeposit(booking: Booking): Promise<number> {
    let total = 0;
    for (const night of booking.nights) {
      total += (await this.rates.nightlyRate(booking.hutId, night)) * booking.party;
    }
    if (booking.halfBoard) {
      const supplement = await this.rates.halfBoardSupplement(booking.hutId);
      total += supplement * booking.party * booking.nights.length;
    }
    if (this.memberEmails.has(booking.guestEmail.toLowerCase())) {
      total *= 1 - ALPINE_CLUB_DISCOUNT;
    }
    return Math.round(total * DEPOSIT_SHARE * 100) / 100;
  }

  async notify(booking: Booking): Promise<void> {
    const dueBy = new Date(Date.now() + 5 * 24 * 3600_000).toISOString().slice(0, 10);
    await this.queue.publish('booking.deposit-requested', {
      bookingRef: booking.ref,
      to: booking.guestEmail,
      hutId: booking.hutId,
      firstNight: booking.nights[0],
      nights: booking.nights.length,
      amountChf: this.computeDeposit(booking),
      dueBy,
    });
  }

  async notifyAll(bookings: Booking[]): Promise<number> {
    let sent = 0;
    for (const booking of bookings) {
      await this.notify(booking);
      sent++;
    }
    return sent;
  }
}
