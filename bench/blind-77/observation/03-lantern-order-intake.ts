// expect: none
// Correct: the 'order' listener is synchronous and chains .catch() onto handleOrder, routing every failure to the intake's 'error' event.
import { EventEmitter } from 'node:events';

export interface LanternOrder {
  orderId: string;
  customer: string;
  paper: 'washi' | 'mulberry' | 'rice' | 'glassine';
  panels: number;
  dyeColours: string[];
  quantity: number;
}

declare const paperStock: {
  sheetsAvailable(paper: LanternOrder['paper']): Promise<number>;
  reserveSheets(paper: LanternOrder['paper'], sheets: number, orderId: string): Promise<void>;
};
declare const dyeRoom: { book(orderId: string, colours: string[]): Promise<Date> };
declare const mailer: { confirm(customer: string, orderId: string, readyBy: Date): Promise<void> };

const SHEETS_PER_PANEL: Record<LanternOrder['paper'], number> = {
  washi: 1,
  mulberry: 1,
  rice: 2,
  glassine: 1.5,
};

export class OutOfPaper extends Error {
  constructor(readonly orderId: string, readonly needed: number, readonly available: number) {
    super(`order ${orderId} needs ${needed} sheets, only ${available} in stock`);
    this.name = 'OutOfPaper';
  }
}

export class LanternIntake extends EventEmitter {
  private readonly accepted = new Set<string>();

  constructor(private readonly orders: EventEmitter) {
    super();
    this.orders.on('order', (order: LanternOrder) => {
      this.handleOrder(order).catch((err: unknown) => {
        const error = err instanceof Error ? err : new Error(String(err));
        if (this.listenerCount('error') > 0) this.emit('error', error);
        else console.error(`lantern order ${order.orderId} failed`, error);
      });
    });
  }

  private async handleOrder(order: LanternOrder): Promise<void> {
    if (this.accepted.has(order.orderId)) return;
    if (order.panels < 4 || order.panels > 12) {
      throw new RangeError(`order ${order.orderId}: ${order.panels} panels cannot form a lantern frame`);
    }

    const sheets = Math.ceil(order.panels * SHEETS_PER_PANEL[order.paper] * order.quantity);
    const available = await paperStock.sheetsAvailable(order.paper);
    if (available < sheets) throw new OutOfPaper(order.orderId, sheets, available);

    await paperStock.reserveSheets(order.paper, sheets, order.orderId);
    this.accepted.add(order.orderId);

    const dyedBy = await dyeRoom.book(order.orderId, order.dyeColours);
    const readyBy = new Date(dyedBy.getTime() + (2 + order.quantity * 0.5) * 86_400_000);
    await mailer.confirm(order.customer, order.orderId, readyBy);
    this.emit('accepted', { orderId: order.orderId, readyBy });
  }

  get acceptedCount(): number {
    return this.accepted.size;
  }
}

export function wireIntake(orders: EventEmitter, log: (msg: string) => void): LanternIntake {
  const intake = new LanternIntake(orders);
  intake.on('error', (err: Error) => log(`lantern intake failed: ${err.message}`));
  intake.on('accepted', (e: { orderId: string; readyBy: Date }) =>
    log(`order ${e.orderId} ready by ${e.readyBy.toDateString()}`),
  );
  return intake;
}
