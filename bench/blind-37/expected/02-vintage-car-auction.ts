// expect: none
// Every function reference here goes to a parameter that wants a function (map, sort, retry, listener); each promise is awaited.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Lot {
  lotNumber: number;
  make: string;
  model: string;
  year: number;
  lowEstimate: number;
  highEstimate: number;
  reserve: number | null;
  matchingNumbers: boolean;
}

export interface Bid {
  lotNumber: number;
  paddle: number;
  amount: number;
  at: Date;
}

declare function fetchLot(lotNumber: number): Promise<Lot>;
declare function fetchCatalogueIndex(saleId: string): Promise<number[]>;
declare function fetchConditionReport(lotNumber: number): Promise<{ grade: 1 | 2 | 3 | 4 | 5; notes: string }>;
declare const bidStream: {
  onBid(listener: (bid: Bid) => void): () => void;
};

async function withRetry<T>(attempt: () => Promise<T>, tries = 3, baseDelayMs = 200): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      if (i < tries - 1) {
        await sleep(baseDelayMs * 2 ** i);
      }
    }
  }
  throw lastError;
}

function byHighEstimateDesc(a: Lot, b: Lot): number {
  return b.highEstimate - a.highEstimate || a.lotNumber - b.lotNumber;
}

const loaders = {
  lot: fetchLot,
  condition: fetchConditionReport,
} as const;

export async function loadSale(saleId: string): Promise<Lot[]> {
  const lotNumbers = await withRetry(() => fetchCatalogueIndex(saleId));
  const lots = await Promise.all(lotNumbers.map((n) => withRetry(() => loaders.lot(n))));
  return lots.sort(byHighEstimateDesc);
}

export async function featuredLots(saleId: string, limit = 5): Promise<Array<Lot & { grade: number }>> {
  const lots = (await loadSale(saleId)).filter((l) => l.matchingNumbers).slice(0, limit);
  const reports = await Promise.all(lots.map((l) => l.lotNumber).map(loaders.condition));
  return lots.map((lot, i) => ({ ...lot, grade: reports[i].grade }));
}

export class HammerBoard {
  private readonly highest = new Map<number, Bid>();
  private readonly unsubscribe: () => void;

  constructor(private readonly lots: Map<number, Lot>) {
    this.unsubscribe = bidStream.onBid(this.handleBid);
  }

  private readonly handleBid = (bid: Bid): void => {
    const current = this.highest.get(bid.lotNumber);
    if (!current || bid.amount > current.amount) {
      this.highest.set(bid.lotNumber, bid);
    }
  };

  reserveMet(lotNumber: number): boolean {
    const lot = this.lots.get(lotNumber);
    const bid = this.highest.get(lotNumber);
    if (!lot || !bid) return false;
    return lot.reserve === null || bid.amount >= lot.reserve;
  }

  close(): Map<number, Bid> {
    this.unsubscribe();
    return new Map([...this.highest].filter(([lotNumber]) => this.reserveMet(lotNumber)));
  }
}
