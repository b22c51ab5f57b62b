// expect: none
// The step table stores arrow functions that call the async methods, and fulfil() invokes step.run(order) and awaits it, while the generator yields awaited results, so no async function is ever passed around where its promise was meant.
export interface Vial {
  fragrance: string;
  ml: 1 | 2 | 5;
}

export interface SampleOrder {
  id: string;
  vials: Vial[];
  giftNote?: string;
}

export interface FulfilmentResult {
  orderId: string;
  steps: string[];
  ms: number;
}

export interface Warehouse {
  pick(fragrance: string, ml: number): Promise<string>;
  decant(bottleId: string, ml: number): Promise<void>;
  pack(orderId: string, vialCount: number, giftNote?: string): Promise<string>;
  printLabel(parcelId: string): Promise<void>;
}

interface Step {
  name: string;
  run: (order: SampleOrder) => Promise<void>;
}

export class SampleFulfilment {
  private parcelIds = new Map<string, string>();

  private readonly steps: Step[] = [
    { name: 'pick+decant', run: (o) => this.pickAndDecant(o) },
    { name: 'pack', run: (o) => this.pack(o) },
    { name: 'label', run: (o) => this.label(o) },
  ];

  constructor(private readonly warehouse: Warehouse) {}

  async fulfil(order: SampleOrder): Promise<FulfilmentResult> {
    const started = Date.now();
    const done: string[] = [];
    for (const step of this.steps) {
      await step.run(order);
      done.push(step.name);
    }
    return { orderId: order.id, steps: done, ms: Date.now() - started };
  }

  async *fulfilAll(orders: SampleOrder[]): AsyncGenerator<FulfilmentResult> {
    for (const order of orders) {
      yield await this.fulfil(order);
    }
  }

  private async pickAndDecant(order: SampleOrder): Promise<void> {
    for (const vial of order.vials) {
      const bottleId = await this.warehouse.pick(vial.fragrance, vial.ml);
      await this.warehouse.decant(bottleId, vial.ml);
    }
  }

  private async pack(order: SampleOrder): Promise<void> {
    const parcelId = await this.warehouse.pack(order.id, order.vials.length, order.giftNote);
    this.parcelIds.set(order.id, parcelId);
  }

  private async label(order: SampleOrder): Promise<void> {
    const parcelId = this.parcelIds.get(order.id);
    if (!parcelId) throw new Error(`order ${order.id} was never packed`);
    await this.warehouse.printLabel(parcelId);
    this.parcelIds.delete(order.id);
  }
}
