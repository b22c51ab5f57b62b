// expect: none
// The loader table deliberately holds functions; each is called with the auction id before its promise reaches Promise.all.
export interface BulbLot {
  lotId: string;
  cultivar: string;
  grade: 'top' | 'first' | 'planting';
  crates: number;
  reservePerCrateCents: number;
}

export interface Bidder {
  id: string;
  name: string;
  creditLimitCents: number;
}

export interface Bid {
  lotId: string;
  bidderId: string;
  perCrateCents: number;
}

declare const auctionDb: {
  lots(auctionId: string): Promise<BulbLot[]>;
  bidders(auctionId: string): Promise<Bidder[]>;
  bids(auctionId: string): Promise<Bid[]>;
};

type Loader<T> = (auctionId: string) => Promise<T>;

const loaders = {
  lots: auctionDb.lots.bind(auctionDb),
  bidders: auctionDb.bidders.bind(auctionDb),
  bids: auctionDb.bids.bind(auctionDb),
} satisfies Record<string, Loader<unknown>>;

export interface Award {
  lotId: string;
  bidderName: string;
  totalCents: number;
}

export async function settleAuction(auctionId: string): Promise<{ awards: Award[]; unsold: string[] }> {
  const [lots, bidders, bids] = await Promise.all([
    loaders.lots(auctionId),
    loaders.bidders(auctionId),
    loaders.bids(auctionId),
  ]);

  const bidderById = new Map(bidders.map((b) => [b.id, b]));
  const spent = new Map<string, number>();
  const awards: Award[] = [];
  const unsold: string[] = [];

  for (const lot of lots) {
    const eligible = bids
      .filter((b) => b.lotId === lot.lotId && b.perCrateCents >= lot.reservePerCrateCents)
      .sort((a, b) => b.perCrateCents - a.perCrateCents);

    const winner = eligible.find((b) => {
      const bidder = bidderById.get(b.bidderId);
      if (!bidder) return false;
      const total = b.perCrateCents * lot.crates;
      return (spent.get(b.bidderId) ?? 0) + total <= bidder.creditLimitCents;
    });

    if (!winner) {
      unsold.push(lot.lotId);
      continue;
    }
    const total = winner.perCrateCents * lot.crates;
    spent.set(winner.bidderId, (spent.get(winner.bidderId) ?? 0) + total);
    awards.push({ lotId: lot.lotId, bidderName: bidderById.get(winner.bidderId)!.name, totalCents: total });
  }
  return { awards, unsold };
}

export async function loadSubset<K extends keyof typeof loaders>(
  auctionId: string,
  keys: K[],
): Promise<Record<K, Awaited<ReturnType<(typeof loaders)[K]>>>> {
  const entries = await Promise.all(keys.map(async (key) => [key, await loaders[key](auctionId)] as const));
  return Object.fromEntries(entries) as Record<K, Awaited<ReturnType<(typeof loaders)[K]>>>;
}
