// expect: none
// Shipping and duty are awaited before they are placed in the JSON body and the log message, so only resolved numbers are serialized.
export interface KitLine {
  model: 'dune-2' | 'dune-4' | 'oasis-pro';
  quantity: number;
}

export interface QuoteRequest {
  customerId: string;
  country: string;
  lines: KitLine[];
}

export interface ShippingApi {
  estimate(country: string, weightKg: number): Promise<{ cents: number; days: number }>;
}

export interface DutyTable {
  rateFor(country: string): Promise<number>;
}

export interface Logger {
  info(msg: string): void;
}

const UNIT_PRICE_CENTS: Record<KitLine['model'], number> = {
  'dune-2': 18_900,
  'dune-4': 32_500,
  'oasis-pro': 54_000,
};

const UNIT_WEIGHT_KG: Record<KitLine['model'], number> = {
  'dune-2': 9.5,
  'dune-4': 17,
  'oasis-pro': 26.5,
};

export class StillKitQuoteService {
  constructor(
    private readonly quotesUrl: string,
    private readonly shipping: ShippingApi,
    private readonly duty: DutyTable,
    private readonly log: Logger,
  ) {}

  async createQuote(req: QuoteRequest): Promise<{ quoteId: string; totalCents: number }> {
    const goodsCents = req.lines.reduce((c, l) => c + UNIT_PRICE_CENTS[l.model] * l.quantity, 0);
    const weightKg = req.lines.reduce((w, l) => w + UNIT_WEIGHT_KG[l.model] * l.quantity, 0);

    const [shipping, dutyRate] = await Promise.all([
      this.shipping.estimate(req.country, weightKg),
      this.duty.rateFor(req.country),
    ]);
    const dutyCents = Math.round(goodsCents * dutyRate);
    const totalCents = goodsCents + shipping.cents + dutyCents;

    const res = await fetch(`${this.quotesUrl}/quotes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        customerId: req.customerId,
        lines: req.lines,
        goodsCents,
        shippingCents: shipping.cents,
        dutyCents,
        totalCents,
        leadTimeDays: shipping.days + 3,
      }),
    });
    if (!res.ok) throw new Error(`quote service answered ${res.status}`);
    const { quoteId } = (await res.json()) as { quoteId: string };

    this.log.info(
      `quote ${quoteId} for ${req.customerId}: ${(totalCents / 100).toFixed(2)} incl. duty ${(dutyRate * 100).toFixed(1)}%`,
    );
    return { quoteId, totalCents };
  }
}
