// expect: require-signal-propagation
// The search passes the caller's signal to the availability fetch but not to the follow-up rates POST, so cancelling a search leaves the pricing request running.
export interface YurtQuery {
  region: string;
  arrive: string;
  nights: number;
  guests: number;
  woodStove?: boolean;
}

export interface SiteSummary {
  siteId: string;
  yurtId: string;
  sleeps: number;
  woodStove: boolean;
  freeNights: number;
}

export interface PricedYurt extends SiteSummary {
  totalPence: number;
  depositPence: number;
}

interface RateQuote {
  yurtId: string;
  totalPence: number;
  depositPence: number;
}

export interface SearchOptions {
  baseUrl: string;
  apiKey: string;
  signal?: AbortSignal;
}

export async function searchYurts(query: YurtQuery, options: SearchOptions): Promise<PricedYurt[]> {
  const { baseUrl, apiKey, signal } = options;
  const headers = { authorization: `Bearer ${apiKey}`, accept: 'application/json' };

  const params = new URLSearchParams({
    region: query.region,
    arrive: query.arrive,
    nights: String(query.nights),
  });
  const res = await fetch(`${baseUrl}/availability?${params}`, { headers, signal });
  if (!res.ok) throw new Error(`availability search failed: ${res.status}`);

  const sites = (await res.json()) as SiteSummary[];
  const candidates = sites.filter(
    (s) => s.freeNights >= query.nights && s.sleeps >= query.guests && (!query.woodStove || s.woodStove),
  );
  if (candidates.length === 0) return [];

  const ratesRes = await fetch(`${baseUrl}/rates/quote`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      arrive: query.arrive,
      nights: query.nights,
      guests: query.guests,
      yurtIds: candidates.map((c) => c.yurtId),
    }),
  });
  if (!ratesRes.ok) throw new Error(`rate quote failed: ${ratesRes.status}`);

  const quotes = new Map(((await ratesRes.json()) as RateQuote[]).map((q) => [q.yurtId, q]));
  return candidates
    .filter((c) => quotes.has(c.yurtId))
    .map((c) => {
      const quote = quotes.get(c.yurtId)!;
      return { ...c, totalPence: quote.totalPence, depositPence: quote.depositPence };
    })
    .sort((a, b) => a.totalPence - b.totalPence);
}
