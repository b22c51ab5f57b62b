// expect: none
// The hold, quote and fraud requests are started together and awaited as one Promise.all; the analytics beacon is fire-and-forget with its own .catch.
export interface Listing {
  listingId: string;
  eventId: string;
  section: string;
  row: string;
  seats: number[];
  askCents: number;
  sellerId: string;
}

export interface Buyer {
  buyerId: string;
  email: string;
  paymentToken: string;
  ip: string;
}

interface SeatHold { holdId: string; expiresAt: number }
interface FeeQuote { serviceFeeCents: number; facilityFeeCents: number; taxCents: number }
interface FraudScore { score: number; reasons: string[] }

declare const inventory: {
  hold(listingId: string, buyerId: string, ttlSec: number): Promise<SeatHold>;
  release(holdId: string): Promise<void>;
};
declare const pricing: { quote(listing: Listing, buyerRegion: string): Promise<FeeQuote> };
declare const fraud: { score(buyer: Buyer, listing: Listing): Promise<FraudScore> };
declare const payments: {
  charge(token: string, amountCents: number, idempotencyKey: string): Promise<{ chargeId: string }>;
};
declare const analytics: { track(event: string, props: Record<string, unknown>): Promise<void> };

const FRAUD_THRESHOLD = 0.82;

export class CheckoutError extends Error {
  constructor(message: string, readonly code: 'FRAUD' | 'HOLD_EXPIRED' | 'PAYMENT') {
    super(message);
  }
}

export async function checkout(listing: Listing, buyer: Buyer, region: string) {
  const holdRequest = inventory.hold(listing.listingId, buyer.buyerId, 300);
  const quoteRequest = pricing.quote(listing, region);
  const fraudRequest = fraud.score(buyer, listing);

  const [hold, quote, risk] = await Promise.all([holdRequest, quoteRequest, fraudRequest]);

  try {
    if (risk.score >= FRAUD_THRESHOLD) {
      throw new CheckoutError(`blocked: ${risk.reasons.join(', ')}`, 'FRAUD');
    }
    if (Date.now() > hold.expiresAt) {
      throw new CheckoutError('seat hold expired before payment', 'HOLD_EXPIRED');
    }

    const totalCents =
      listing.askCents + quote.serviceFeeCents + quote.facilityFeeCents + quote.taxCents;
    const { chargeId } = await payments.charge(buyer.paymentToken, totalCents, hold.holdId);

    // Best-effort; a slow analytics collector must never hold up the buyer.
    analytics
      .track('resale_purchase', {
        eventId: listing.eventId,
        listingId: listing.listingId,
        seats: listing.seats.length,
        totalCents,
      })
      .catch((err: unknown) => console.warn('analytics beacon failed', err));

    return { chargeId, holdId: hold.holdId, totalCents };
  } catch (err) {
    await inventory.release(hold.holdId);
    throw err;
  }
}
