// expect: no-multiple-settle
// In placeHold the declined-card branch rejects but falls through to resolve(), so a declined card both rejects and resolves.
export interface BookingRequest {
  bookingId: string;
  clientId: string;
  artistId: string;
  sessionHours: number;
  cardToken: string;
}

export interface DepositHold {
  holdId: string;
  amountCents: number;
  expiresAt: Date;
}

interface GatewayHoldResponse {
  id: string;
  amount: number;
  status: "held" | "declined" | "review";
  expires_at: string;
  decline_code?: string;
}

type NodeCallback<T> = (err: Error | null, result?: T) => void;

declare const legacyGateway: {
  authorize(
    params: { token: string; amount: number; currency: string; reference: string },
    cb: NodeCallback<GatewayHoldResponse>,
  ): void;
  release(holdId: string, cb: NodeCallback<void>): void;
};

declare const studioCalendar: {
  artistRate(artistId: string): Promise<number>;
  reserveSlot(bookingId: string, artistId: string, holdId: string): Promise<void>;
};

export class DepositDeclinedError extends Error {
  constructor(readonly bookingId: string, readonly code: string) {
    super(`deposit for booking ${bookingId} declined (${code})`);
    this.name = "DepositDeclinedError";
  }
}

const DEPOSIT_RATIO = 0.25;
const MIN_DEPOSIT_CENTS = 5_000;

function depositFor(hourlyRateCents: number, hours: number): number {
  return Math.max(MIN_DEPOSIT_CENTS, Math.round(hourlyRateCents * hours * DEPOSIT_RATIO));
}

function placeHold(request: BookingRequest, amountCents: number): Promise<DepositHold> {
  return new Promise<DepositHold>((resolve, reject) => {
    legacyGateway.authorize(
      {
        token: request.cardToken,
        amount: amountCents,
        currency: "USD",
        reference: `booking:${request.bookingId}`,
      },
      (err, response) => {
        if (err || !response) {
          reject(err ?? new Error("empty gateway response"));
          return;
        }
        if (response.status === "declined") {
          reject(new DepositDeclinedError(request.bookingId, response.decline_code ?? "unknown"));
        }
        resolve({
          holdId: response.id,
          amountCents: response.amount,
          expiresAt: new Date(response.expires_at),
        });
      },
    );
  });
}

function releaseHold(holdId: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    legacyGateway.release(holdId, (err) => {
      if (err) {
        reject(err);
        return;
      }
      resolve();
    });
  });
}

export async function bookSession(request: BookingRequest): Promise<DepositHold> {
  const rate = await studioCalendar.artistRate(request.artistId);
  const hold = await placeHold(request, depositFor(rate, request.sessionHours));
  try {
    await studioCalendar.reserveSlot(request.bookingId, request.artistId, hold.holdId);
  } catch (err) {
    await releaseHold(hold.holdId);
    throw err;
  }
  return hold;
}
