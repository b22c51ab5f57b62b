// expect: none
// The cache deliberately stores promises and uses ?? on Map.get(), but every value placed in a message, payload or condition is awaited first.
export interface MouldSpec {
  mouldId: string;
  material: 'corozo' | 'horn' | 'shell' | 'resin';
  ligne: number;
  holes: 0 | 2 | 4;
}

export interface QuoteRequest {
  customer: string;
  mouldId: string;
  quantity: number;
}

declare const mouldCatalogue: {
  spec(mouldId: string): Promise<MouldSpec>;
};

declare const rawMaterials: {
  pricePerBlank(material: MouldSpec['material']): Promise<number>;
  inStock(material: MouldSpec['material'], blanks: number): Promise<boolean>;
};

declare const salesInbox: {
  send(to: string, subject: string, body: string): Promise<void>;
  recordQuote(payload: { customer: string; mouldId: string; total: number; leadDays: number }): Promise<void>;
};

const DRILL_COST_PER_HOLE = 0.004;

export class MouldQuoter {
  private readonly specs = new Map<string, Promise<MouldSpec>>();

  private spec(mouldId: string): Promise<MouldSpec> {
    const cached = this.specs.get(mouldId) ?? mouldCatalogue.spec(mouldId);
    if (!this.specs.has(mouldId)) {
      this.specs.set(mouldId, cached);
      cached.catch(() => this.specs.delete(mouldId));
    }
    return cached;
  }

  async quote(request: QuoteRequest): Promise<{ total: number; leadDays: number }> {
    const spec = await this.spec(request.mouldId);
    const [blankPrice, available] = await Promise.all([
      rawMaterials.pricePerBlank(spec.material),
      rawMaterials.inStock(spec.material, request.quantity),
    ]);

    const sizeFactor = spec.ligne / 24;
    const unit = blankPrice * sizeFactor + spec.holes * DRILL_COST_PER_HOLE;
    const total = Math.round(unit * request.quantity * 100) / 100;
    const leadDays = available ? 5 : spec.material === 'corozo' ? 21 : 12;
    return { total, leadDays };
  }

  async sendQuote(request: QuoteRequest, email: string): Promise<void> {
    const { total, leadDays } = await this.quote(request);
    const spec = await this.spec(request.mouldId);

    if (await rawMaterials.inStock(spec.material, request.quantity * 2)) {
      await salesInbox.send(
        email,
        `Quote for ${request.quantity} × ${spec.ligne}L ${spec.material} buttons`,
        `Total €${total.toFixed(2)}, ships in ${leadDays} days. Repeat orders of the same size ship from stock.`,
      );
    } else {
      await salesInbox.send(
        email,
        `Quote for ${request.quantity} × ${spec.ligne}L ${spec.material} buttons`,
        `Total €${total.toFixed(2)}, ships in ${leadDays} days.`,
      );
    }

    await salesInbox.recordQuote({ customer: request.customer, mouldId: request.mouldId, total, leadDays });
  }
}
