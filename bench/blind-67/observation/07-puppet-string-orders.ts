// expect: none
// Fire-and-forget calls all carry a .catch handler (with explicit void), and batch work uses for...of with await instead of forEach(async ...).
import { EventEmitter } from "node:events";

export interface StringOrder {
  orderId: string;
  workshop: string;
  material: "linen" | "nylon" | "braided-silk" | "fishing-line";
  gaugeMm: number;
  metres: number;
  rush: boolean;
}

declare const braider: { queue(order: StringOrder): Promise<{ etaMinutes: number }> };
declare const inventory: { reserve(material: StringOrder["material"], metres: number): Promise<boolean> };
declare const notifier: { emailWorkshop(workshop: string, text: string): Promise<void> };
declare const metrics: { increment(name: string, tags?: Record<string, string>): Promise<void> };
declare const log: { error(msg: string, err: unknown): void; info(msg: string): void };

export class OrderDesk extends EventEmitter {
  private backlog: StringOrder[] = [];

  constructor() {
    super();
    this.on("order", (order: StringOrder) => {
      this.accept(order).catch((err) => log.error(`order ${order.orderId} could not be accepted`, err));
    });
  }

  private async accept(order: StringOrder): Promise<void> {
    if (order.gaugeMm < 0.2 || order.gaugeMm > 3) {
      await notifier.emailWorkshop(order.workshop, `Gauge ${order.gaugeMm}mm is outside what we braid.`);
      return;
    }
    const reserved = await inventory.reserve(order.material, order.metres * 1.1);
    if (!reserved) {
      this.backlog.push(order);
      void metrics
        .increment("orders.backlogged", { material: order.material })
        .catch((err) => log.error("metrics unavailable", err));
      return;
    }
    const { etaMinutes } = await braider.queue(order);
    await notifier.emailWorkshop(order.workshop, `Order ${order.orderId} is on the braider, ready in ~${etaMinutes} min.`);
  }

  async retryBacklog(): Promise<number> {
    const waiting = this.backlog;
    this.backlog = [];
    waiting.sort((a, b) => Number(b.rush) - Number(a.rush));
    let placed = 0;
    for (const order of waiting) {
      const reserved = await inventory.reserve(order.material, order.metres * 1.1);
      if (!reserved) {
        this.backlog.push(order);
        continue;
      }
      await braider.queue(order);
      placed++;
    }
    log.info(`backlog retry placed ${placed}, ${this.backlog.length} still waiting`);
    return placed;
  }

  get backlogSize(): number {
    return this.backlog.length;
  }
}
