// expect: none
// The Map deliberately stores in-flight promises for de-duplication; every value that reaches JSON, ?? or a comparison is awaited first.
export interface ShoeOrder {
  orderId: string;
  dancer: string;
  style: 'pointe' | 'demi-pointe' | 'soft';
  shank: 'soft' | 'medium' | 'hard';
  euSize: number;
}

export interface CobblerQuote {
  orderId: string;
  cobbler: string;
  days: number;
  priceCents: number;
}

declare const cobblers: {
  quote(order: ShoeOrder): Promise<CobblerQuote | null>;
  lastShankPreference(dancer: string): Promise<ShoeOrder['shank'] | undefined>;
};

declare const companyPortal: {
  submit(json: string): Promise<{ accepted: boolean }>;
};

export class OrderDesk {
  private readonly inFlight = new Map<string, Promise<CobblerQuote | null>>();

  quoteOnce(order: ShoeOrder): Promise<CobblerQuote | null> {
    const existing = this.inFlight.get(order.orderId);
    if (existing) return existing;
    const pending = cobblers.quote(order).finally(() => this.inFlight.delete(order.orderId));
    this.inFlight.set(order.orderId, pending);
    return pending;
  }

  async prepare(order: Omit<ShoeOrder, 'shank'> & { shank?: ShoeOrder['shank'] }): Promise<ShoeOrder> {
    // pointe dancers tend to reorder the shank they broke in last season
    const shank = order.shank ?? (await cobblers.lastShankPreference(order.dancer)) ?? 'medium';
    return { ...order, shank };
  }

  async submit(draft: Omit<ShoeOrder, 'shank'> & { shank?: ShoeOrder['shank'] }): Promise<CobblerQuote> {
    const order = await this.prepare(draft);
    const quote = await this.quoteOnce(order);
    if (quote === null) {
      throw new Error(`no cobbler can make ${order.style} shoes in EU ${order.euSize} with a ${order.shank} shank`);
    }
    const { accepted } = await companyPortal.submit(JSON.stringify({ order, quote }));
    if (!accepted) {
      throw new Error(`company portal refused order ${order.orderId}`);
    }
    return quote;
  }

  async submitMany(drafts: Array<Omit<ShoeOrder, 'shank'> & { shank?: ShoeOrder['shank'] }>): Promise<CobblerQuote[]> {
    const quotes: CobblerQuote[] = [];
    for (const draft of drafts) {
      quotes.push(await this.submit(draft));
    }
    return quotes;
  }
}
