// expect: no-promise-as-value
// The booking payload nests the un-awaited deposit authorization promise, so JSON.stringify serializes `deposit` as {} and the property system records every ice suite booking with no deposit reference.
export interface Guest {
  name: string;
  email: string;
  coldTolerance: 'first-timer' | 'seasoned';
}

export interface SuiteRequest {
  suite: string;
  arrive: string;
  nights: number;
  thermalSleepingBags: number;
}

export interface DepositAuthorization {
  authId: string;
  amountCents: number;
  expiresAt: string;
}

export interface PaymentGateway {
  authorize(email: string, amountCents: number): Promise<DepositAuthorization>;
}

const NIGHTLY_RATE_CENTS = 48_000;
const DEPOSIT_RATIO = 0.3;
const PMS_URL = process.env.PMS_URL ?? 'http://pms.icehotel.internal';

export class BookingService {
  constructor(private readonly payments: PaymentGateway) {}

  private quote(req: SuiteRequest): number {
    const bags = Math.max(0, req.thermalSleepingBags - 2) * 3_500;
    return req.nights * NIGHTLY_RATE_CENTS + bags;
  }

  async book(guest: Guest, req: SuiteRequest): Promise<{ bookingId: string; totalCents: number }> {
    if (req.nights > 2 && guest.coldTolerance === 'first-timer') {
      throw new Error('first-time guests may book at most two nights in the ice rooms');
    }
    const totalCents = this.quote(req);
    const depositCents = Math.round(totalCents * DEPOSIT_RATIO);

    const res = await fetch(`${PMS_URL}/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        guest,
        suite: req.suite,
        arrive: req.arrive,
        nights: req.nights,
        totalCents,
        deposit: this.payments.authorize(guest.email, depositCents),
      }),
    });
    if (!res.ok) {
      throw new Error(`property system rejected booking for ${req.suite}: ${res.status}`);
    }
    const { bookingId } = (await res.json()) as { bookingId: string };
    return { bookingId, totalCents };
  }
}

export function confirmationEmail(guest: Guest, req: SuiteRequest, bookingId: string): string {
  return [
    `Hej ${guest.name},`,
    `your ice suite ${req.suite} is booked for ${req.nights} night(s) from ${req.arrive} (ref ${bookingId}).`,
    'Room temperature is kept between -5 and -7 °C. Please bring wool base layers.',
  ].join('\n');
}
