// expect: no-leaked-race
// quoteWithin races the provider call against a setTimeout that is never cleared, so every fast quote leaves a live timer behind (and a timed-out request keeps running).
import { EventEmitter } from 'node:events';

export interface Quote {
  symbol: string;
  bid: number;
  ask: number;
  last: number;
  ts: number;
}

declare const marketData: {
  getQuote(symbol: string, opts?: { signal?: AbortSignal }): Promise<Quote>;
};

export class QuoteTimeoutError extends Error {
  constructor(
    readonly symbol: string,
    readonly ms: number,
  ) {
    super(`quote for ${symbol} took longer than ${ms}ms`);
    this.name = 'QuoteTimeoutError';
  }
}

function quoteWithin(symbol: string, ms: number): Promise<Quote> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new QuoteTimeoutError(symbol, ms)), ms);
  });
  return Promise.race([marketData.getQuote(symbol), timeout]);
}

export class TickerBoard extends EventEmitter {
  private readonly latest = new Map<string, Quote>();
  private interval: NodeJS.Timeout | undefined;
  private stale = new Set<string>();

  constructor(
    private readonly symbols: string[],
    private readonly refreshMs = 1000,
  ) {
    super();
  }

  start(): void {
    if (this.interval) return;
    this.interval = setInterval(() => void this.refresh(), this.refreshMs);
    void this.refresh();
  }

  stop(): void {
    clearInterval(this.interval);
    this.interval = undefined;
  }

  snapshot(): Quote[] {
    return [...this.latest.values()].sort((a, b) => a.symbol.localeCompare(b.symbol));
  }

  private async refresh(): Promise<void> {
    const results = await Promise.allSettled(this.symbols.map((s) => quoteWithin(s, this.refreshMs * 0.8)));
    results.forEach((r, i) => {
      const symbol = this.symbols[i];
      if (r.status === 'fulfilled') {
        const prev = this.latest.get(symbol);
        this.latest.set(symbol, r.value);
        this.stale.delete(symbol);
        if (!prev || prev.last !== r.value.last) {
          this.emit('tick', r.value, prev);
        }
      } else if (!this.stale.has(symbol)) {
        this.stale.add(symbol);
        this.emit('stale', symbol, r.reason);
      }
    });
  }
}
