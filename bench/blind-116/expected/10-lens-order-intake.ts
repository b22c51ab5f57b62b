// expect: no-uncalled-async-function
// The warm-up list mixes this.loadGlassBlanks(order), which is called, with this.preheatAnnealingOven, which is only referenced, so Promise.all resolves without ever preheating the oven.
export interface LensOrder {
  orderId: string;
  lighthouse: string;
  order: 1 | 2 | 3 | 4 | 5 | 6;
  panels: number;
  glass: 'crown' | 'flint';
}

export interface AnnealingOven {
  rampTo(celsius: number): Promise<void>;
  currentCelsius(): Promise<number>;
}

export interface GlassStore {
  reserve(glass: LensOrder['glass'], kg: number, orderId: string): Promise<string[]>;
}

export interface OrderBook {
  markInProduction(orderId: string, blankIds: string[]): Promise<void>;
}

const KG_PER_PANEL: Record<LensOrder['order'], number> = { 1: 95, 2: 70, 3: 45, 4: 22, 5: 14, 6: 9 };
const ANNEAL_C = { crown: 560, flint: 430 } as const;

export class LensOrderIntake {
  private reservedBlanks = new Map<string, string[]>();
  private activeGlass: LensOrder['glass'] = 'crown';

  constructor(
    private readonly oven: AnnealingOven,
    private readonly glass: GlassStore,
    private readonly orders: OrderBook,
  ) {}

  private preheatAnnealingOven = async (): Promise<void> => {
    const target = ANNEAL_C[this.activeGlass];
    if ((await this.oven.currentCelsius()) < target - 10) await this.oven.rampTo(target);
  };

  private async loadGlassBlanks(order: LensOrder): Promise<void> {
    const kg = KG_PER_PANEL[order.order] * order.panels;
    const blankIds = await this.glass.reserve(order.glass, kg, order.orderId);
    this.reservedBlanks.set(order.orderId, blankIds);
  }

  async accept(order: LensOrder): Promise<string[]> {
    if (order.panels < 1 || order.panels > 32) throw new RangeError(`implausible panel count ${order.panels}`);
    this.activeGlass = order.glass;

    const warmups = [this.preheatAnnealingOven, this.loadGlassBlanks(order)];
    await Promise.all(warmups);

    const blankIds = this.reservedBlanks.get(order.orderId) ?? [];
    await this.orders.markInProduction(order.orderId, blankIds);
    return blankIds;
  }

  pendingBlanks(): number {
    let n = 0;
    for (const ids of this.reservedBlanks.values()) n += ids.length;
    return n;
  }
}

export function leadTimeWeeks(order: LensOrder): number {
  return Math.ceil((order.panels * (7 - order.order)) / 4) + (order.glass === 'flint' ? 3 : 2);
}
