// expect: none
// Correct: the sync 'order' listener gives handleOrder's promise a catch, and the refund call gets a catch too, so no promise is dropped.
import { EventEmitter } from "node:events";

export interface StandOrder {
  ticket: number;
  items: Array<{ kind: "frank" | "bratwurst" | "veggie"; toppings: string[] }>;
  paidCents: number;
}

declare const grillTop: {
  claimSlot(kind: string): Promise<number>;
  cook(slot: number, seconds: number): Promise<void>;
  releaseSlot(slot: number): void;
};
declare const bunWarmer: { take(count: number): Promise<number> };
declare const pickupBoard: { show(ticket: number, status: "cooking" | "ready" | "refund"): void };
declare const refunds: { issue(ticket: number, cents: number): Promise<void> };

const COOK_SECONDS = { frank: 240, bratwurst: 420, veggie: 300 } as const;

export class StandCounter extends EventEmitter {
  private cooking = 0;
  private readonly failures: Array<{ ticket: number; reason: string }> = [];
  private readonly unrefunded = new Set<number>();

  constructor() {
    super();
    this.on("order", (order: StandOrder) => {
      this.handleOrder(order).catch((err: unknown) => this.failOrder(order, err));
    });
  }

  get inProgress(): number {
    return this.cooking;
  }

  private async handleOrder(order: StandOrder): Promise<void> {
    this.cooking += 1;
    pickupBoard.show(order.ticket, "cooking");
    try {
      const buns = await bunWarmer.take(order.items.length);
      if (buns < order.items.length) {
        throw new Error(`only ${buns} warm buns for ticket ${order.ticket}`);
      }
      await Promise.all(order.items.map((item) => this.cookItem(item.kind)));
      pickupBoard.show(order.ticket, "ready");
      this.emit("ready", order.ticket);
    } finally {
      this.cooking -= 1;
    }
  }

  private async cookItem(kind: keyof typeof COOK_SECONDS): Promise<void> {
    const slot = await grillTop.claimSlot(kind);
    try {
      await grillTop.cook(slot, COOK_SECONDS[kind]);
    } finally {
      grillTop.releaseSlot(slot);
    }
  }

  private failOrder(order: StandOrder, err: unknown): void {
    pickupBoard.show(order.ticket, "refund");
    this.failures.push({ ticket: order.ticket, reason: err instanceof Error ? err.message : String(err) });
    refunds.issue(order.ticket, order.paidCents).catch(() => {
      this.unrefunded.add(order.ticket);
    });
  }

  failedTickets(): Array<{ ticket: number; reason: string }> {
    return [...this.failures];
  }

  owedRefunds(): number[] {
    return [...this.unrefunded];
  }

  placeOrder(order: StandOrder): void {
    if (order.items.length === 0) {
      throw new Error("empty order");
    }
    this.emit("order", order);
  }
}
