// expect: no-uncalled-async-function
// openDay awaits this.syncDeposits without calling it, so awaiting the bare method reference does nothing and deposits are never reconciled before reminders go out.
export interface Booking {
  id: string;
  artist: string;
  client: string;
  phone: string;
  startsAt: string;
  depositPaid: boolean;
}

export interface BookingsApi {
  forDay(day: string): Promise<Booking[]>;
  markDepositPaid(bookingId: string): Promise<void>;
}

export interface PaymentsApi {
  depositsReceived(since: string): Promise<Array<{ bookingId: string; amountCents: number }>>;
}

export interface SmsGateway {
  send(phone: string, text: string): Promise<void>;
}

export class StudioDay {
  private bookings: Booking[] = [];
  private day = '';

  constructor(
    private readonly bookingsApi: BookingsApi,
    private readonly payments: PaymentsApi,
    private readonly sms: SmsGateway,
  ) {}

  private async loadBookings(day: string): Promise<void> {
    this.day = day;
    this.bookings = await this.bookingsApi.forDay(day);
  }

  private async syncDeposits(): Promise<void> {
    const received = await this.payments.depositsReceived(`${this.day}T00:00:00Z`);
    const paidIds = new Set(received.map((r) => r.bookingId));
    for (const booking of this.bookings) {
      if (!booking.depositPaid && paidIds.has(booking.id)) {
        await this.bookingsApi.markDepositPaid(booking.id);
        booking.depositPaid = true;
      }
    }
  }

  private async sendReminders(): Promise<number> {
    let sent = 0;
    for (const booking of this.bookings) {
      const time = booking.startsAt.slice(11, 16);
      const text = booking.depositPaid
        ? `Hi ${booking.client}, see you at ${time} with ${booking.artist}. Eat beforehand and bring ID!`
        : `Hi ${booking.client}, your ${time} session with ${booking.artist} is held until noon; please pay the deposit to keep it.`;
      await this.sms.send(booking.phone, text);
      sent++;
    }
    return sent;
  }

  async openDay(day: string): Promise<{ bookings: number; unpaid: number; reminders: number }> {
    await this.loadBookings(day);
    await this.syncDeposits;
    const reminders = await this.sendReminders();
    return {
      bookings: this.bookings.length,
      unpaid: this.bookings.filter((b) => !b.depositPaid).length,
      reminders,
    };
  }
}
