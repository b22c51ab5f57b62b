// expect: none
// Every auction-house request gets its own controller linked to the caller's signal, and once Promise.any settles the finally block aborts the losing requests and detaches the forwarding listener.
export interface AuctionQuote {
  house: string;
  lotId: string;
  estimateLowEur: number;
  estimateHighEur: number;
  hammerDate: string;
}

export interface AuctionHouse {
  readonly name: string;
  quote(lotId: string, signal: AbortSignal): Promise<AuctionQuote>;
}

export interface ClockDescription {
  maker: string;
  movement: 'fusee' | 'going-barrel' | 'weight-driven';
  case: string;
  approxYear: number;
}

export class AuctionPriceWatch {
  constructor(private readonly houses: AuctionHouse[]) {}

  async firstQuote(lotId: string, signal?: AbortSignal): Promise<AuctionQuote> {
    if (this.houses.length === 0) throw new Error('no auction houses configured');
    signal?.throwIfAborted();

    const controllers = this.houses.map(() => new AbortController());
    const forwardAbort = () => {
      for (const c of controllers) c.abort(signal?.reason);
    };
    signal?.addEventListener('abort', forwardAbort, { once: true });

    try {
      return await Promise.any(this.houses.map((house, i) => house.quote(lotId, controllers[i].signal)));
    } catch (err) {
      signal?.throwIfAborted();
      if (err instanceof AggregateError) {
        const reasons = err.errors.map((e, i) => `${this.houses[i].name}: ${e instanceof Error ? e.message : e}`);
        throw new Error(`no house could quote lot ${lotId} (${reasons.join('; ')})`, { cause: err });
      }
      throw err;
    } finally {
      signal?.removeEventListener('abort', forwardAbort);
      for (const c of controllers) c.abort();
    }
  }

  async valuation(lotId: string, clock: ClockDescription, signal?: AbortSignal): Promise<string> {
    const quote = await this.firstQuote(lotId, signal);
    const mid = (quote.estimateLowEur + quote.estimateHighEur) / 2;
    const premium = clock.movement === 'fusee' ? 1.15 : 1;
    const age = new Date().getFullYear() - clock.approxYear;
    const adjusted = Math.round(mid * premium * (age > 150 ? 1.1 : 1));
    return `${clock.maker} ${clock.case}: ~€${adjusted} (${quote.house}, hammer ${quote.hammerDate})`;
  }
}
