// expect: no-uncalled-async-function
// start() puts the warmListingCache function itself (not its call) into Promise.all, so the listing cache is never warmed before the marketplace reports ready.
import { EventEmitter } from 'node:events';

export interface Listing {
  id: string;
  eventId: string;
  section: string;
  row: string;
  askCents: number;
  faceValueCents: number;
  sellerId: string;
}

export interface FeeSchedule {
  buyerPct: number;
  sellerPct: number;
  capMultiple: number;
}

declare const listingsApi: {
  activeListings(page: number): Promise<{ items: Listing[]; next: number | null }>;
};
declare const pricingApi: {
  currentFees(): Promise<FeeSchedule>;
};
declare function loadBlockedSellers(): Promise<Set<string>>;

const listingCache = new Map<string, Listing[]>();

async function warmListingCache(): Promise<number> {
  listingCache.clear();
  let page: number | null = 0;
  let count = 0;
  while (page !== null) {
    const res = await listingsApi.activeListings(page);
    for (const l of res.items) {
      const bucket = listingCache.get(l.eventId) ?? [];
      bucket.push(l);
      listingCache.set(l.eventId, bucket);
      count++;
    }
    page = res.next;
  }
  return count;
}

export class ResaleMarketplace extends EventEmitter {
  private fees: FeeSchedule = { buyerPct: 0.1, sellerPct: 0.05, capMultiple: 1.2 };
  private blocked = new Set<string>();
  private ready = false;

  async start(): Promise<void> {
    const [, fees, blocked] = await Promise.all([
      warmListingCache,
      pricingApi.currentFees(),
      loadBlockedSellers(),
    ]);
    this.fees = fees;
    this.blocked = blocked;
    this.ready = true;
    this.emit('ready', { events: listingCache.size });
  }

  listingsFor(eventId: string): Listing[] {
    if (!this.ready) throw new Error('marketplace not started');
    const cap = (l: Listing) => l.faceValueCents * this.fees.capMultiple;
    return (listingCache.get(eventId) ?? [])
      .filter((l) => !this.blocked.has(l.sellerId) && l.askCents <= cap(l))
      .sort((a, b) => a.askCents - b.askCents);
  }

  buyerTotal(listing: Listing): number {
    return Math.round(listing.askCents * (1 + this.fees.buyerPct));
  }

  sellerPayout(listing: Listing): number {
    return Math.round(listing.askCents * (1 - this.fees.sellerPct));
  }
}
