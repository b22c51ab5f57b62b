// expect: no-reused-settled-promise
// chargeWithRetry creates the charge promise once outside the loop and re-awaits that same settled promise on each "retry", so a transient card decline is simply re-read three times and the booking fails without a second charge attempt.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Booking {
  id: string;
  memberEmail: string;
  classId: string;
  amountCents: number;
  currency: 'EUR' | 'GBP';
}

export interface ChargeResult {
  chargeId: string;
  capturedCents: number;
}

export class PaymentDeclined extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message);
    this.name = 'PaymentDeclined';
  }
}

export interface PaymentProvider {
  charge(idempotencyKey: string, amountCents: number, currency: string, customer: string): Promise<ChargeResult>;
}

export class BookingPayments {
  constructor(private readonly provider: PaymentProvider, private readonly attempts = 3, private readonly backoffMs = 800) {}

  async chargeWithRetry(booking: Booking): Promise<ChargeResult> {
    const key = `yoga-${booking.id}`;
    const attempt = this.provider.charge(key, booking.amountCents, booking.currency, booking.memberEmail);
    let lastError: unknown;

    for (let i = 0; i < this.attempts; i++) {
      try {
        return await attempt;
      } catch (err) {
        lastError = err;
        if (err instanceof PaymentDeclined && !err.retryable) break;
        await sleep(this.backoffMs * 2 ** i);
      }
    }
    throw new Error(`could not charge booking ${booking.id}`, { cause: lastError });
  }

  async settleDay(bookings: Booking[]): Promise<{ paid: string[]; unpaid: string[] }> {
    const paid: string[] = [];
    const unpaid: string[] = [];
    for (const b of bookings) {
      try {
        const r = await this.chargeWithRetry(b);
        paid.push(`${b.id}:${r.chargeId}`);
      } catch {
        unpaid.push(b.id);
      }
    }
    return { paid, unpaid };
  }
}
