// expect: none
// Promise.any over the price mirrors shares one controller that is aborted in finally, so the losing mirror requests are cancelled, and an outer abort is rethrown as itself.
export interface LotQuote {
  lotNo: string;
  garden: string;
  grade: 'BOP' | 'FBOP' | 'OP' | 'PEKOE' | 'DUST';
  lastBidPerKg: number;
  valuationPerKg: number;
  mirror: string;
}

export interface CatalogueRequest {
  saleNo: number;
  lotNo: string;
  signal?: AbortSignal;
}

const MIRRORS = [
  'https://colombo.auction.example/api',
  'https://mombasa.auction.example/api',
  'https://kolkata.auction.example/api',
];

export class NoMirrorAnsweredError extends Error {
  constructor(readonly lotNo: string, options?: { cause?: unknown }) {
    super(`no auction mirror returned lot ${lotNo}`, options);
    this.name = 'NoMirrorAnsweredError';
  }
}

async function quoteFromMirror(
  base: string,
  saleNo: number,
  lotNo: string,
  signal: AbortSignal,
): Promise<LotQuote> {
  const res = await fetch(`${base}/sales/${saleNo}/lots/${encodeURIComponent(lotNo)}`, { signal });
  if (!res.ok) throw new Error(`${base} answered ${res.status}`);
  const body = (await res.json()) as Omit<LotQuote, 'mirror'>;
  return { ...body, mirror: base };
}

export async function fastestLotQuote(req: CatalogueRequest): Promise<LotQuote> {
  const { saleNo, lotNo, signal } = req;
  signal?.throwIfAborted();

  const losers = new AbortController();
  const combined = signal ? AbortSignal.any([signal, losers.signal]) : losers.signal;

  try {
    return await Promise.any(MIRRORS.map((m) => quoteFromMirror(m, saleNo, lotNo, combined)));
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    throw new NoMirrorAnsweredError(lotNo, { cause: err });
  } finally {
    losers.abort();
  }
}

export function suggestedBid(quote: LotQuote, budgetPerKg: number): number | null {
  // stay under the broker's valuation unless the last bid already exceeded it
  const ceiling = Math.min(budgetPerKg, Math.max(quote.valuationPerKg, quote.lastBidPerKg * 1.05));
  const next = Math.round((quote.lastBidPerKg + 0.1) * 100) / 100;
  return next <= ceiling ? next : null;
}

export async function planBids(
  lots: string[],
  saleNo: number,
  budgetPerKg: number,
  signal?: AbortSignal,
): Promise<Map<string, number>> {
  const plan = new Map<string, number>();
  for (const lotNo of lots) {
    const quote = await fastestLotQuote({ saleNo, lotNo, signal });
    const bid = suggestedBid(quote, budgetPerKg);
    if (bid !== null) plan.set(lotNo, bid);
  }
  return plan;
}
