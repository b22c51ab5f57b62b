// expect: none
// The supplier quote and stock lookup are started together and awaited through Promise.all, so a rejection from either is observed immediately.
export interface PartRequest {
  partNumber: string;
  model: string;
  quantity: number;
}

export interface StockLevel {
  partNumber: string;
  onHand: number;
  bin: string | null;
}

export interface SupplierQuote {
  partNumber: string;
  unitPriceCents: number;
  leadTimeDays: number;
}

export interface Inventory {
  stockFor(partNumber: string): Promise<StockLevel>;
  reserve(partNumber: string, qty: number): Promise<void>;
}

export interface SupplierApi {
  quote(partNumber: string, qty: number): Promise<SupplierQuote>;
}

export interface OrderPlan {
  partNumber: string;
  fromStock: number;
  toOrder: number;
  estimatedCostCents: number;
  etaDays: number;
}

export class PartsOrderIntake {
  constructor(
    private readonly inventory: Inventory,
    private readonly supplier: SupplierApi,
  ) {}

  async plan(req: PartRequest): Promise<OrderPlan> {
    if (req.quantity <= 0) {
      throw new RangeError(`quantity must be positive for ${req.partNumber}`);
    }

    const stockP = this.inventory.stockFor(req.partNumber);
    const quoteP = this.supplier.quote(req.partNumber, req.quantity);
    const [stock, quote] = await Promise.all([stockP, quoteP]);

    const fromStock = Math.min(stock.onHand, req.quantity);
    const toOrder = req.quantity - fromStock;
    if (fromStock > 0) {
      await this.inventory.reserve(req.partNumber, fromStock);
    }

    return {
      partNumber: req.partNumber,
      fromStock,
      toOrder,
      estimatedCostCents: toOrder * quote.unitPriceCents,
      etaDays: toOrder === 0 ? 0 : quote.leadTimeDays,
    };
  }

  async planRepair(model: string, parts: Array<Omit<PartRequest, 'model'>>): Promise<OrderPlan[]> {
    const plans: OrderPlan[] = [];
    for (const part of parts) {
      plans.push(await this.plan({ ...part, model }));
    }
    return plans;
  }
}
