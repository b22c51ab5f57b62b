// expect: none
// The material price, labour rate and customer record are all awaited through Promise.all before being placed in the object that is JSON-serialised and posted.
export interface CompletedOrder {
  orderId: string;
  farrierId: string;
  pairs: number;
  steelKg: number;
  forgeHours: number;
  rush: boolean;
}

export interface PriceBook {
  steelPerKg(): Promise<number>;
  labourPerHour(rush: boolean): Promise<number>;
}

export interface CustomerDb {
  farrier(id: string): Promise<{ name: string; billingEmail: string; vatNumber?: string }>;
}

export interface InvoiceLine {
  description: string;
  amount: number;
}

export class ForgeInvoicer {
  constructor(
    private readonly prices: PriceBook,
    private readonly customers: CustomerDb,
    private readonly billingUrl: string,
  ) {}

  private lines(order: CompletedOrder, steelPerKg: number, labourPerHour: number): InvoiceLine[] {
    const lines: InvoiceLine[] = [
      { description: `${order.pairs} pair(s) forged shoes, steel ${order.steelKg}kg`, amount: order.steelKg * steelPerKg },
      { description: `Forge time ${order.forgeHours}h`, amount: order.forgeHours * labourPerHour },
    ];
    if (order.rush) lines.push({ description: 'Rush handling', amount: 35 });
    return lines.map((l) => ({ ...l, amount: Math.round(l.amount * 100) / 100 }));
  }

  async issue(order: CompletedOrder): Promise<{ invoiceId: string; total: number }> {
    const [steelPerKg, labourPerHour, customer] = await Promise.all([
      this.prices.steelPerKg(),
      this.prices.labourPerHour(order.rush),
      this.customers.farrier(order.farrierId),
    ]);

    const lines = this.lines(order, steelPerKg, labourPerHour);
    const total = lines.reduce((sum, l) => sum + l.amount, 0);
    const payload = {
      orderId: order.orderId,
      billTo: { name: customer.name, email: customer.billingEmail, vat: customer.vatNumber ?? null },
      lines,
      total: Math.round(total * 100) / 100,
      currency: 'EUR',
    };

    const res = await fetch(`${this.billingUrl}/invoices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (!res.ok) throw new Error(`billing service refused invoice for ${order.orderId}: ${res.status}`);
    const { id } = (await res.json()) as { id: string };
    return { invoiceId: id, total: payload.total };
  }
}
