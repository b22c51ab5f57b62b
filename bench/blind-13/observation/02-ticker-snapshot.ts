// expect: none
// Quote, depth and headline requests start together and are awaited as one Promise.all, so every rejection is observed.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Quote {
  symbol: string;
  last: number;
  change: number;
  volume: number;
}

export interface DepthLevel {
  price: number;
  size: number;
}

export interface Headline {
  id: string;
  title: string;
  publishedAt: string;
}

export interface TickerSnapshot {
  quote: Quote;
  bids: DepthLevel[];
  asks: DepthLevel[];
  headlines: Headline[];
  fetchedAt: number;
}

declare const marketData: {
  quote(symbol: string, signal: AbortSignal): Promise<Quote>;
  depth(symbol: string, levels: number, signal: AbortSignal): Promise<{ bids: DepthLevel[]; asks: DepthLevel[] }>;
};

declare const newsApi: {
  latest(symbol: string, limit: number, signal: AbortSignal): Promise<Headline[]>;
};

const SNAPSHOT_TIMEOUT_MS = 2_500;

export async function loadSnapshot(symbol: string, depthLevels = 10): Promise<TickerSnapshot> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`snapshot for ${symbol} timed out`)), SNAPSHOT_TIMEOUT_MS);

  try {
    const quoteP = marketData.quote(symbol, controller.signal);
    const depthP = marketData.depth(symbol, depthLevels, controller.signal);
    const newsP = newsApi.latest(symbol, 5, controller.signal);

    const [quote, depth, headlines] = await Promise.all([quoteP, depthP, newsP]);

    return {
      quote,
      bids: depth.bids,
      asks: depth.asks,
      headlines,
      fetchedAt: Date.now(),
    };
  } finally {
    clearTimeout(timer);
  }
}

export async function pollSnapshots(
  symbols: string[],
  onSnapshot: (snap: TickerSnapshot) => void,
  opts: { intervalMs: number; signal: AbortSignal },
): Promise<void> {
  while (!opts.signal.aborted) {
    const snaps = await Promise.all(symbols.map((s) => loadSnapshot(s)));
    for (const snap of snaps) {
      onSnapshot(snap);
    }
    try {
      await sleep(opts.intervalMs, undefined, { signal: opts.signal });
    } catch {
      break;
    }
  }
}
