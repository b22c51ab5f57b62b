// expect: no-swallowed-abort
// Bug: the catch wraps every non-API error, including the AbortError from fetch, into a generic AuctionApiError(503), so cancellation reads as an outage.
export interface LotHistory {
  lotId: string;
  species: string;
  estimatedAgeYears: number;
  previousSales: Array<{ house: string; year: number; hammerYen: number }>;
  styling: 'chokkan' | 'moyogi' | 'shakan' | 'kengai' | 'bunjingi';
}

export class AuctionApiError extends Error {
  constructor(readonly status: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AuctionApiError';
  }
}

declare const houseApi: { baseUrl: string; apiKey: string };

function parseHistory(raw: unknown): LotHistory {
  const r = raw as Partial<LotHistory>;
  if (!r.lotId || !r.species || !Array.isArray(r.previousSales)) {
    throw new AuctionApiError(502, 'malformed lot history payload');
  }
  return {
    lotId: r.lotId,
    species: r.species,
    estimatedAgeYears: r.estimatedAgeYears ?? 0,
    previousSales: r.previousSales,
    styling: r.styling ?? 'moyogi',
  };
}

export async function fetchLotHistory(lotId: string, signal: AbortSignal): Promise<LotHistory> {
  try {
    const res = await fetch(`${houseApi.baseUrl}/lots/${encodeURIComponent(lotId)}/history`, {
      headers: { 'x-api-key': houseApi.apiKey },
      signal,
    });
    if (!res.ok) throw new AuctionApiError(res.status, `lot ${lotId}: HTTP ${res.status}`);
    return parseHistory(await res.json());
  } catch (err) {
    if (err instanceof AuctionApiError) throw err;
    throw new AuctionApiError(503, `lot history unavailable for ${lotId}`, { cause: err });
  }
}

export function appreciationPerYear(history: LotHistory): number | null {
  const sales = [...history.previousSales].sort((a, b) => a.year - b.year);
  if (sales.length < 2) return null;
  const first = sales[0];
  const last = sales[sales.length - 1];
  const years = last.year - first.year;
  if (years <= 0) return null;
  return Math.pow(last.hammerYen / first.hammerYen, 1 / years) - 1;
}

export async function reservePrice(lotId: string, signal: AbortSignal): Promise<number> {
  const history = await fetchLotHistory(lotId, signal);
  const growth = appreciationPerYear(history) ?? 0.04;
  const lastSale = history.previousSales.reduce((latest, s) => (s.year > latest.year ? s : latest), {
    house: '',
    year: 0,
    hammerYen: 0,
  });
  const yearsSince = lastSale.year ? new Date().getFullYear() - lastSale.year : 0;
  const projected = lastSale.hammerYen * Math.pow(1 + growth, yearsSince);
  // Reserve sits at 70% of projected value, never below ¥50,000 for an established tree.
  return Math.max(50_000, Math.round((projected * 0.7) / 1000) * 1000);
}
