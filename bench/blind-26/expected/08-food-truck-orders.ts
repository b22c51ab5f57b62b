// expect: no-reused-settled-promise
// Bug: retrying() takes an already-started promise and re-awaits that same settled promise on each attempt, so a failed POS submission is never resent.
import { EventEmitter } from "node:events";

export interface OrderLine {
  sku: string;
  name: string;
  qty: number;
  priceCents: number;
  modifiers?: string[];
}

export interface TruckOrder {
  ticket: number;
  customerName: string;
  lines: OrderLine[];
  placedAt: Date;
}

declare const posCloud: {
  submit(truckId: string, order: TruckOrder): Promise<{ receiptId: string }>;
};

declare const kitchenPrinter: {
  print(lines: string[]): Promise<void>;
};

async function retrying<T>(pending: Promise<T>, attempts: number, delayMs: number): Promise<T> {
  let failure: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await pending;
    } catch (err) {
      failure = err;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
  throw failure;
}

export class OrderCounter extends EventEmitter {
  private nextTicket = 1;
  private readonly offline: TruckOrder[] = [];

  constructor(private readonly truckId: string) {
    super();
  }

  private kitchenTicket(order: TruckOrder): string[] {
    const header = `#${order.ticket} ${order.customerName}`;
    const body = order.lines.flatMap((l) => [
      `${l.qty} x ${l.name}`,
      ...(l.modifiers ?? []).map((m) => `   - ${m}`),
    ]);
    return [header, ...body, ""];
  }

  async place(customerName: string, lines: OrderLine[]): Promise<TruckOrder> {
    const order: TruckOrder = { ticket: this.nextTicket++, customerName, lines, placedAt: new Date() };
    await kitchenPrinter.print(this.kitchenTicket(order));

    try {
      // the truck's LTE connection flaps a lot at festivals
      const { receiptId } = await retrying(posCloud.submit(this.truckId, order), 4, 1_500);
      this.emit("synced", order.ticket, receiptId);
    } catch (err) {
      this.offline.push(order);
      this.emit("offline", order.ticket, err);
    }
    return order;
  }

  totalCents(order: TruckOrder): number {
    return order.lines.reduce((sum, l) => sum + l.qty * l.priceCents, 0);
  }

  pendingUploads(): readonly TruckOrder[] {
    return this.offline;
  }
}
