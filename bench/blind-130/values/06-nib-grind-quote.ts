// expect: none
// The cached price falls back to an awaited lookup, and the quote sent to the customer contains only resolved values, so nothing serialised is a promise.
export interface GrindPriceList {
  basePrice(grind: string): Promise<number>;
  goldSurcharge(karat: number): Promise<number>;
}

export interface QuoteMailer {
  send(to: string, subject: string, jsonBody: string): Promise<void>;
}

export interface QuoteRequest {
  customerEmail: string;
  penModel: string;
  nibKarat: 0 | 14 | 18 | 21;
  grind: 'stub' | 'cursive-italic' | 'architect' | 'oblique' | 'smoothing';
  rush: boolean;
}

export interface Quote {
  penModel: string;
  grind: QuoteRequest['grind'];
  subtotal: number;
  rushFee: number;
  total: number;
  turnaroundDays: number;
}

export class NibQuoteService {
  private readonly priceCache = new Map<string, number>();

  constructor(
    private readonly prices: GrindPriceList,
    private readonly mailer: QuoteMailer,
  ) {}

  private async priceFor(grind: string): Promise<number> {
    const cached = this.priceCache.get(grind) ?? (await this.prices.basePrice(grind));
    this.priceCache.set(grind, cached);
    return cached;
  }

  async quote(request: QuoteRequest): Promise<Quote> {
    const base = await this.priceFor(request.grind);
    const surcharge = request.nibKarat > 0 ? await this.prices.goldSurcharge(request.nibKarat) : 0;
    const subtotal = base + surcharge;
    const rushFee = request.rush ? Math.round(subtotal * 0.4) : 0;
    return {
      penModel: request.penModel,
      grind: request.grind,
      subtotal,
      rushFee,
      total: subtotal + rushFee,
      turnaroundDays: request.rush ? 3 : 14,
    };
  }

  async sendQuote(request: QuoteRequest): Promise<Quote> {
    const quote = await this.quote(request);
    await this.mailer.send(
      request.customerEmail,
      `Your ${quote.grind} grind quote for the ${quote.penModel}: €${quote.total}`,
      JSON.stringify({ quote, validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString() }),
    );
    return quote;
  }
}
