// expect: no-swallowed-abort
// listings() catches every fetch failure per market and logs it as "unavailable", so when the caller aborts, the AbortError is swallowed and a partial or empty list comes back, which reprice() then treats as a sold-out show and hikes the floor price.
export interface Market {
  name: string;
  baseUrl: string;
  apiKey: string;
}

export interface Listing {
  market: string;
  section: string;
  row: string;
  priceCents: number;
}

interface MarketPage {
  items: { section: string; row: string; price: number }[];
}

export interface PriceBook {
  setFloor(showId: string, cents: number): Promise<void>;
}

export interface Logger {
  warn(msg: string, meta?: unknown): void;
}

export class ResaleScanner {
  constructor(
    private readonly markets: Market[],
    private readonly prices: PriceBook,
    private readonly log: Logger,
  ) {}

  async listings(showId: string, signal: AbortSignal): Promise<Listing[]> {
    const out: Listing[] = [];
    for (const market of this.markets) {
      try {
        const res = await fetch(`${market.baseUrl}/shows/${encodeURIComponent(showId)}/listings`, {
          headers: { 'x-api-key': market.apiKey, accept: 'application/json' },
          signal,
        });
        if (!res.ok) {
          this.log.warn(`market ${market.name} returned HTTP ${res.status}`);
          continue;
        }
        const page = (await res.json()) as MarketPage;
        for (const item of page.items) {
          out.push({ market: market.name, section: item.section, row: item.row, priceCents: Math.round(item.price * 100) });
        }
      } catch (err) {
        this.log.warn(`market ${market.name} unavailable`, err);
      }
    }
    return out;
  }

  async reprice(showId: string, faceCents: number, signal: AbortSignal): Promise<number> {
    const found = await this.listings(showId, signal);
    // Nothing on the secondary market means demand outstrips supply.
    const floor =
      found.length === 0
        ? Math.round(faceCents * 1.5)
        : Math.max(faceCents, Math.min(...found.map((l) => l.priceCents)));
    await this.prices.setFloor(showId, floor);
    return floor;
  }
}
