// expect: none
// Each rate promise gets a rejection handler (which evicts the failed entry) in the same tick it is cached, so a failed warm-up load is never an unhandled rejection, while later callers still receive the original rejection from get().
declare const fxApi: {
  getRate(base: string, quote: string, opts: { timeoutMs?: number; signal?: AbortSignal }): Promise<Rate>;
};
declare const log: {
  warn(msg: string, meta: Record<string, unknown>): void;
  debug(msg: string, meta: Record<string, unknown>): void;
};

export interface Rate {
  base: string;
  quote: string;
  mid: number;
  asOf: number;
}

interface Entry {
  promise: Promise<Rate>;
  expires: number;
}

export class RateCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  private fresh(pair: string): boolean {
    const entry = this.entries.get(pair);
    return entry !== undefined && entry.expires > this.now();
  }

  private start(pair: string): void {
    const [base, quote] = pair.split('/');
    const promise = fxApi.getRate(base, quote, { timeoutMs: 3_000 });
    this.entries.set(pair, { promise, expires: this.now() + this.ttlMs });
    promise.catch((err: unknown) => {
      if (this.entries.get(pair)?.promise === promise) this.entries.delete(pair);
      log.warn('fx rate load failed', { pair, err: String(err) });
    });
  }

  warm(pairs: readonly string[]): void {
    for (const pair of pairs) {
      if (!this.fresh(pair)) this.start(pair);
    }
    log.debug('fx cache warming', { pairs: pairs.length, cached: this.entries.size });
  }

  get(pair: string): Promise<Rate> {
    if (!this.fresh(pair)) this.start(pair);
    return this.entries.get(pair)!.promise;
  }

  async convert(amountMinor: bigint, from: string, to: string): Promise<bigint> {
    if (from === to) return amountMinor;
    const rate = await this.get(`${from}/${to}`);
    if (this.now() - rate.asOf > 5 * 60_000) {
      throw new Error(`stale ${from}/${to} rate from ${new Date(rate.asOf).toISOString()}`);
    }
    const scaled = BigInt(Math.round(rate.mid * 1_000_000));
    return (amountMinor * scaled) / 1_000_000n;
  }
}

export const rates = new RateCache();
rates.warm(['EUR/USD', 'GBP/USD', 'USD/JPY', 'EUR/GBP']);
