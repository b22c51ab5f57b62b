// expect: none
// The steel price and the forge backlog lookups are started together and joined with Promise.all, so both have a rejection handler from the moment they are created.
export interface SteelPrice {
  grade: string;
  pricePerKg: number;
}

export interface ForgeBacklog {
  queuedPairs: number;
  pairsPerDay: number;
}

export interface SupplierApi {
  currentPrice(grade: string): Promise<SteelPrice>;
}

export interface ShopSchedule {
  backlog(): Promise<ForgeBacklog>;
  surchargeFor(farrierId: string): Promise<number>;
}

export interface QuoteRequest {
  farrierId: string;
  grade: 'mild' | 'tool' | 'aluminium';
  sizeNumber: number;
  pairs: number;
}

export interface Quote {
  farrierId: string;
  total: number;
  leadDays: number;
}

const KG_PER_PAIR_BY_SIZE = [0.55, 0.62, 0.7, 0.8, 0.92, 1.05, 1.2];
const LABOUR_PER_PAIR = 18;

export class ForgeQuoter {
  constructor(
    private readonly supplier: SupplierApi,
    private readonly schedule: ShopSchedule,
  ) {}

  async quote(req: QuoteRequest): Promise<Quote> {
    const pricePending = this.supplier.currentPrice(req.grade);
    const backlogPending = this.schedule.backlog();

    const [price, backlog] = await Promise.all([pricePending, backlogPending]);
    const surcharge = await this.schedule.surchargeFor(req.farrierId);

    const kg = (KG_PER_PAIR_BY_SIZE[req.sizeNumber] ?? 1.3) * req.pairs;
    const material = kg * price.pricePerKg;
    const labour = LABOUR_PER_PAIR * req.pairs;
    const leadDays = Math.ceil((backlog.queuedPairs + req.pairs) / backlog.pairsPerDay);

    return {
      farrierId: req.farrierId,
      total: Math.round((material + labour) * (1 + surcharge) * 100) / 100,
      leadDays,
    };
  }

  async quoteAll(requests: QuoteRequest[]): Promise<Quote[]> {
    const quotes: Quote[] = [];
    for (const req of requests) {
      quotes.push(await this.quote(req));
    }
    return quotes;
  }
}
