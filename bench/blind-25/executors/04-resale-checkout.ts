// expect: no-multiple-settle
// async executor awaits inventory.lockSeats before any settle; if that call rejects the returned promise never settles (the rejection is unhandled).
import { randomUUID } from 'node:crypto';

export interface ResaleListing {
  listingId: string;
  eventId: string;
  seats: string[];
  askCents: number;
  sellerId: string;
}

export interface CheckoutResult {
  orderId: string;
  authCode: string;
  seats: string[];
  totalCents: number;
}

interface SeatLock {
  lockId: string;
  expiresAt: number;
}

declare const inventory: {
  lockSeats(listingId: string, seats: string[], holdMs: number): Promise<SeatLock>;
  release(lockId: string): Promise<void>;
  commit(lockId: string, orderId: string): Promise<void>;
};

declare const paymentGateway: {
  authorize(
    req: { amountCents: number; currency: string; token: string; reference: string },
    cb: (err: Error | null, auth?: { code: string; declined: boolean; reason?: string }) => void,
  ): void;
};

const HOLD_MS = 8 * 60 * 1000;
const SERVICE_FEE_RATE = 0.12;

export function totalWithFees(listing: ResaleListing): number {
  const subtotal = listing.askCents * listing.seats.length;
  return subtotal + Math.round(subtotal * SERVICE_FEE_RATE);
}

export function checkout(listing: ResaleListing, cardToken: string): Promise<CheckoutResult> {
  return new Promise<CheckoutResult>(async (resolve, reject) => {
    const lock = await inventory.lockSeats(listing.listingId, listing.seats, HOLD_MS);
    const orderId = randomUUID();
    const totalCents = totalWithFees(listing);

    paymentGateway.authorize(
      { amountCents: totalCents, currency: 'USD', token: cardToken, reference: orderId },
      (err, auth) => {
        if (err || !auth || auth.declined) {
          inventory.release(lock.lockId).catch(() => undefined);
          reject(err ?? new Error(`card declined: ${auth?.reason ?? 'unknown'}`));
          return;
        }
        inventory
          .commit(lock.lockId, orderId)
          .then(() =>
            resolve({ orderId, authCode: auth.code, seats: listing.seats, totalCents }),
          )
          .catch(reject);
      },
    );
  });
}

export async function checkoutWithRetry(listing: ResaleListing, cardToken: string, attempts = 2): Promise<CheckoutResult> {
  let lastErr: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await checkout(listing, cardToken);
    } catch (err) {
      lastErr = err;
      if (err instanceof Error && err.message.startsWith('card declined')) break;
    }
  }
  throw lastErr;
}
