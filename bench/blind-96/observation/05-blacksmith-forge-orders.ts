// expect: no-unchecked-settled-results
// dispatchDay uses Promise.allSettled but never looks at each result's status, so orders whose forging or invoicing failed are still marked shipped and counted in the day's totals.
import { EventEmitter } from 'node:events';

export interface Order {
  id: string;
  customer: string;
  items: Array<{ kind: string; qty: number; unitPrice: number }>;
}

export interface Anvil {
  forge(order: Order): Promise<{ orderId: string; minutes: number }>;
}

export interface Billing {
  invoice(order: Order): Promise<string>;
}

export interface OrderBook {
  markShipped(orderId: string, day: string): Promise<void>;
}

export interface DaySummary {
  day: string;
  shipped: number;
  revenue: number;
}

export class ForgeDispatcher extends EventEmitter {
  constructor(
    private readonly anvil: Anvil,
    private readonly billing: Billing,
    private readonly book: OrderBook,
  ) {
    super();
  }

  private async complete(order: Order): Promise<string> {
    const { minutes } = await this.anvil.forge(order);
    this.emit('forged', order.id, minutes);
    return this.billing.invoice(order);
  }

  async dispatchDay(day: string, orders: Order[]): Promise<DaySummary> {
    const results = await Promise.allSettled(orders.map((order) => this.complete(order)));

    let revenue = 0;
    for (const order of orders) {
      await this.book.markShipped(order.id, day);
      revenue += order.items.reduce((sum, item) => sum + item.qty * item.unitPrice, 0);
    }
    this.emit('day-closed', day, results.length);
    return { day, shipped: results.length, revenue: Math.round(revenue * 100) / 100 };
  }
}
