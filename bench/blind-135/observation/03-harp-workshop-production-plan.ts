// expect: no-unobserved-promise
// The wood-stock request is started alongside the orders request but only awaited afterwards, so if it rejects while the orders are still loading the rejection is unhandled.
export interface HarpOrder {
  orderId: string;
  model: 'lever-34' | 'pedal-47' | 'lap-22';
  customer: string;
  due: string;
}

export interface WoodStock {
  maplePlanks: number;
  spruceSoundboards: number;
  walnutPillars: number;
}

export interface OrderBook {
  listOpen(week: string): Promise<HarpOrder[]>;
}

export interface Inventory {
  woodStock(): Promise<WoodStock>;
}

const BILL_OF_MATERIALS: Record<HarpOrder['model'], WoodStock> = {
  'lever-34': { maplePlanks: 6, spruceSoundboards: 1, walnutPillars: 1 },
  'pedal-47': { maplePlanks: 11, spruceSoundboards: 1, walnutPillars: 1 },
  'lap-22': { maplePlanks: 3, spruceSoundboards: 1, walnutPillars: 0 },
};

export interface ProductionPlan {
  week: string;
  build: HarpOrder[];
  deferred: HarpOrder[];
  remaining: WoodStock;
}

function fits(stock: WoodStock, need: WoodStock): boolean {
  return (
    stock.maplePlanks >= need.maplePlanks &&
    stock.spruceSoundboards >= need.spruceSoundboards &&
    stock.walnutPillars >= need.walnutPillars
  );
}

function subtract(stock: WoodStock, need: WoodStock): WoodStock {
  return {
    maplePlanks: stock.maplePlanks - need.maplePlanks,
    spruceSoundboards: stock.spruceSoundboards - need.spruceSoundboards,
    walnutPillars: stock.walnutPillars - need.walnutPillars,
  };
}

export class WorkshopPlanner {
  constructor(private orders: OrderBook, private inventory: Inventory) {}

  async buildProductionPlan(week: string): Promise<ProductionPlan> {
    const ordersRequest = this.orders.listOpen(week);
    const stockRequest = this.inventory.woodStock();

    const orders = await ordersRequest;
    const sorted = [...orders].sort((a, b) => a.due.localeCompare(b.due));
    let remaining = await stockRequest;

    const build: HarpOrder[] = [];
    const deferred: HarpOrder[] = [];
    for (const order of sorted) {
      const need = BILL_OF_MATERIALS[order.model];
      if (fits(remaining, need)) {
        remaining = subtract(remaining, need);
        build.push(order);
      } else {
        deferred.push(order);
      }
    }
    return { week, build, deferred, remaining };
  }

  async shortfall(week: string): Promise<string[]> {
    const plan = await this.buildProductionPlan(week);
    return plan.deferred.map((o) => `${o.orderId} (${o.model}) for ${o.customer}, due ${o.due}`);
  }
}
