// expect: no-multiple-settle
// The gateway callback settles for approvals, errors and some decline codes, but "suspected_fraud" and "limit_exceeded" declines fall through the switch without resolving or rejecting.
export type DeclineCode =
  | "insufficient_funds"
  | "card_expired"
  | "do_not_honor"
  | "suspected_fraud"
  | "limit_exceeded";

type AuthResponse =
  | { outcome: "approved"; authCode: string; amountCents: number }
  | { outcome: "declined"; code: DeclineCode; message: string }
  | { outcome: "error"; error: Error };

interface AuthRequest {
  reference: string;
  amountCents: number;
  currency: "EUR" | "GBP" | "USD";
  cardToken: string;
}

declare const gateway: {
  authorize(req: AuthRequest, cb: (res: AuthResponse) => void): void;
};

declare const seats: {
  hold(tourId: string, count: number): Promise<{ holdId: string; expiresAt: Date }>;
  confirm(holdId: string, authCode: string): Promise<{ bookingRef: string }>;
  release(holdId: string): Promise<void>;
};

export class PaymentDeclinedError extends Error {
  constructor(readonly code: DeclineCode, message: string) {
    super(message);
    this.name = "PaymentDeclinedError";
  }
}

export interface TourBooking {
  tourId: string;
  guests: number;
  helmetSizes: Array<"S" | "M" | "L">;
  cardToken: string;
  currency: AuthRequest["currency"];
}

const PRICE_PER_GUEST_CENTS = 3_450;
const HELMET_RENTAL_CENTS = 300;

function authorizePayment(req: AuthRequest): Promise<{ authCode: string }> {
  return new Promise((resolve, reject) => {
    gateway.authorize(req, (res) => {
      switch (res.outcome) {
        case "approved":
          resolve({ authCode: res.authCode });
          return;
        case "error":
          reject(res.error);
          return;
        case "declined":
          switch (res.code) {
            case "insufficient_funds":
            case "card_expired":
              reject(new PaymentDeclinedError(res.code, res.message));
              break;
            case "do_not_honor":
              reject(new PaymentDeclinedError(res.code, "The card issuer refused this charge"));
              break;
          }
          return;
      }
    });
  });
}

export async function bookCaveTour(booking: TourBooking): Promise<string> {
  const amountCents =
    booking.guests * PRICE_PER_GUEST_CENTS + booking.helmetSizes.length * HELMET_RENTAL_CENTS;
  const hold = await seats.hold(booking.tourId, booking.guests);
  try {
    const { authCode } = await authorizePayment({
      reference: hold.holdId,
      amountCents,
      currency: booking.currency,
      cardToken: booking.cardToken,
    });
    const { bookingRef } = await seats.confirm(hold.holdId, authCode);
    return bookingRef;
  } catch (err) {
    await seats.release(hold.holdId);
    throw err;
  }
}
