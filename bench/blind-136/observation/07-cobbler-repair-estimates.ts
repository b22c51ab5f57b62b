// expect: no-unobserved-promise
// All estimate requests are started up front but awaited one at a time, so a later request that rejects while an earlier one is still pending has no handler.
export interface DropOff {
  ticketId: string;
  customer: string;
  shoeType: 'oxford' | 'boot' | 'loafer' | 'sneaker' | 'heel';
  damage: string[];
}

export interface Estimate {
  ticketId: string;
  labourMinutes: number;
  materialsCents: number;
  readyInDays: number;
}

export interface EstimatorApi {
  estimate(shoeType: DropOff['shoeType'], damage: string[]): Promise<Omit<Estimate, 'ticketId'>>;
}

export interface QuoteLine {
  ticketId: string;
  customer: string;
  totalCents: number;
  readyBy: string;
}

const LABOUR_CENTS_PER_MINUTE = 75;

export class RepairQuoteDesk {
  constructor(
    private readonly estimator: EstimatorApi,
    private readonly benchBacklogDays: () => number,
  ) {}

  async quoteAll(dropOffs: DropOff[], today = new Date()): Promise<QuoteLine[]> {
    const pending = dropOffs.map((d) => this.estimator.estimate(d.shoeType, d.damage));

    const lines: QuoteLine[] = [];
    let backlog = this.benchBacklogDays();
    for (let i = 0; i < dropOffs.length; i++) {
      const drop = dropOffs[i];
      const est = await pending[i];
      backlog += est.readyInDays;
      const readyBy = new Date(today.getTime() + backlog * 86_400_000);
      lines.push({
        ticketId: drop.ticketId,
        customer: drop.customer,
        totalCents: est.labourMinutes * LABOUR_CENTS_PER_MINUTE + est.materialsCents,
        readyBy: readyBy.toISOString().slice(0, 10),
      });
    }
    return lines;
  }

  static summarize(lines: QuoteLine[]): string {
    const total = lines.reduce((c, l) => c + l.totalCents, 0);
    const latest = lines.map((l) => l.readyBy).sort().at(-1) ?? 'n/a';
    return `${lines.length} quotes, ${(total / 100).toFixed(2)} EUR, last pickup ${latest}`;
  }

  static forCustomer(lines: QuoteLine[], customer: string): QuoteLine[] {
    return lines.filter((l) => l.customer.toLowerCase() === customer.toLowerCase());
  }
}
