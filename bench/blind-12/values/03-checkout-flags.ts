// expect: no-promise-as-value
// When no QA override exists, `override ?? flags.isEnabled(...)` yields a Promise, and `if (tiered)` tests it for truthiness, so every user gets tiered pricing.
import { EventEmitter } from 'node:events';

export interface FlagContext {
  userId: string;
  country: string;
  plan: 'free' | 'pro' | 'enterprise';
}

export interface FlagClient {
  isEnabled(flag: string, ctx: FlagContext): Promise<boolean>;
  variant(flag: string, ctx: FlagContext): Promise<string | undefined>;
}

export interface CartLine {
  sku: string;
  quantity: number;
  unitCents: number;
}

export interface Quote {
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
  pricingEngine: 'legacy' | 'v2';
}

declare const taxRates: { rateFor(country: string): Promise<number> };

function legacyDiscount(lines: CartLine[]): number {
  const units = lines.reduce((n, l) => n + l.quantity, 0);
  const subtotal = lines.reduce((n, l) => n + l.quantity * l.unitCents, 0);
  return units >= 10 ? Math.round(subtotal * 0.05) : 0;
}

function tieredDiscount(lines: CartLine[], plan: FlagContext['plan']): number {
  const subtotal = lines.reduce((n, l) => n + l.quantity * l.unitCents, 0);
  const pct = plan === 'enterprise' ? 0.12 : plan === 'pro' ? 0.08 : 0.03;
  return Math.round(subtotal * pct);
}

export class CheckoutPricing extends EventEmitter {
  // QA can pin a user to one pricing engine without touching the flag service.
  private readonly overrides = new Map<string, boolean>();

  constructor(private readonly flags: FlagClient) {
    super();
  }

  pinTieredPricing(userId: string, enabled: boolean): void {
    this.overrides.set(userId, enabled);
  }

  async quote(ctx: FlagContext, lines: CartLine[]): Promise<Quote> {
    if (lines.length === 0) {
      return { subtotalCents: 0, discountCents: 0, taxCents: 0, totalCents: 0, pricingEngine: 'legacy' };
    }
    const subtotalCents = lines.reduce((n, l) => n + l.quantity * l.unitCents, 0);

    let discountCents: number;
    let pricingEngine: Quote['pricingEngine'];
    const tiered = this.overrides.get(ctx.userId) ?? this.flags.isEnabled('checkout.tiered-pricing', ctx);
    if (tiered) {
      discountCents = tieredDiscount(lines, ctx.plan);
      pricingEngine = 'v2';
    } else {
      discountCents = legacyDiscount(lines);
      pricingEngine = 'legacy';
    }

    const rate = await taxRates.rateFor(ctx.country);
    const taxCents = Math.round((subtotalCents - discountCents) * rate);
    const quote: Quote = {
      subtotalCents,
      discountCents,
      taxCents,
      totalCents: subtotalCents - discountCents + taxCents,
      pricingEngine,
    };
    this.emit('quoted', { userId: ctx.userId, ...quote });
    return quote;
  }

  async bannerText(ctx: FlagContext): Promise<string | null> {
    const variant = await this.flags.variant('checkout.banner', ctx);
    switch (variant) {
      case 'free-shipping':
        return 'Free shipping on orders over $50';
      case 'bundle':
        return 'Buy 3, save 10%';
      default:
        return null;
    }
  }
}
