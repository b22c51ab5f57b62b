// expect: none
// workerFor() returns a bound method reference because its declared return type is a job handler the queue calls later, and the generator yields awaited orders (and delegates with yield* to a called generator); no async function is left uncalled where its result is used.
export interface GlassOrder {
  orderId: string;
  customer: string;
  piece: 'tumbler' | 'carafe' | 'pendant-shade' | 'float';
  quantity: number;
  colourway: string;
}

export type JobHandler = (order: GlassOrder) => Promise<void>;

interface Page {
  ids: string[];
  next: string | null;
}

declare const shop: {
  listPending(cursor: string | null): Promise<Page>;
  order(id: string): Promise<GlassOrder>;
  markInProduction(id: string, bench: string): Promise<void>;
};
declare const queue: {
  process(name: string, handler: JobHandler): void;
};

export class StudioOrders {
  constructor(private readonly bench: string, private readonly maxGathersPerDay = 60) {}

  private async *pendingIds(): AsyncGenerator<string> {
    let cursor: string | null = null;
    do {
      const page: Page = await shop.listPending(cursor);
      yield* page.ids;
      cursor = page.next;
    } while (cursor);
  }

  async *pendingOrders(): AsyncGenerator<GlassOrder> {
    for await (const id of this.pendingIds()) {
      yield await shop.order(id);
    }
  }

  async *todaysRun(): AsyncGenerator<GlassOrder> {
    let gathers = 0;
    for await (const order of this.pendingOrders()) {
      const needed = order.quantity * (order.piece === 'carafe' ? 3 : order.piece === 'pendant-shade' ? 2 : 1);
      if (gathers + needed > this.maxGathersPerDay) return;
      gathers += needed;
      yield order;
    }
  }

  private async startOrder(order: GlassOrder): Promise<void> {
    if (order.quantity <= 0) throw new Error(`order ${order.orderId} has no pieces`);
    await shop.markInProduction(order.orderId, this.bench);
  }

  workerFor(): JobHandler {
    return this.startOrder.bind(this);
  }
}

export function registerStudio(benches: string[]): void {
  for (const bench of benches) {
    const studio = new StudioOrders(bench);
    queue.process(`glass-orders:${bench}`, studio.workerFor());
  }
}

export async function planDay(studio: StudioOrders): Promise<string[]> {
  const lines: string[] = [];
  for await (const order of studio.todaysRun()) {
    lines.push(`${order.orderId}  ${order.quantity} x ${order.piece} (${order.colourway}) for ${order.customer}`);
  }
  return lines;
}
