// expect: no-read-before-settle
// boot() picks the pricing engine from this.flags right after starting fetchAll(); the .then that replaces this.flags runs on a later microtask, so the service always boots with the legacy engine even when the flag says "tiered".
import { EventEmitter } from 'node:events';

declare const flagService: {
  fetchAll(env: string, opts?: { signal?: AbortSignal }): Promise<Map<string, string>>;
};
declare const logger: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export interface PricingEngine {
  readonly name: string;
  quote(unitPriceCents: number, qty: number): number;
}

class LegacyEngine implements PricingEngine {
  readonly name = 'legacy';
  quote(unitPriceCents: number, qty: number): number {
    return unitPriceCents * qty;
  }
}

class TieredEngine implements PricingEngine {
  readonly name = 'tiered';
  constructor(private readonly breaks: Array<{ minQty: number; discount: number }>) {}
  quote(unitPriceCents: number, qty: number): number {
    const tier = [...this.breaks].reverse().find((b) => qty >= b.minQty);
    const factor = tier ? 1 - tier.discount : 1;
    return Math.round(unitPriceCents * qty * factor);
  }
}

export class CheckoutService extends EventEmitter {
  private flags = new Map<string, string>();
  private engine: PricingEngine = new LegacyEngine();

  constructor(private readonly env: string) {
    super();
  }

  boot(): void {
    flagService
      .fetchAll(this.env)
      .then((flags) => {
        this.flags = flags;
        this.emit('flags-loaded', flags.size);
      })
      .catch((err: unknown) => {
        logger.warn('flag fetch failed, keeping defaults', { env: this.env, err });
      });

    const engineName = this.flags.get('pricing-engine') ?? 'legacy';
    this.engine =
      engineName === 'tiered'
        ? new TieredEngine([
            { minQty: 10, discount: 0.05 },
            { minQty: 50, discount: 0.12 },
          ])
        : new LegacyEngine();
    logger.info('checkout booted', { env: this.env, engine: this.engine.name });
  }

  quoteLine(sku: string, unitPriceCents: number, qty: number): { sku: string; totalCents: number } {
    if (qty <= 0 || !Number.isInteger(qty)) {
      throw new RangeError(`invalid quantity ${qty} for ${sku}`);
    }
    return { sku, totalCents: this.engine.quote(unitPriceCents, qty) };
  }
}
