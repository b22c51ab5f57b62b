// expect: none
// .then(this.normalize) passes an arrow-function property as a callback, and both Promise.all entries are called promises.
export interface ValveOrder {
  orderId: string;
  customer: string;
  valves: Array<{ position: 1 | 2 | 3 | 4; boreMm: number; finish: "lacquer" | "silver" | "raw" }>;
  rush: boolean;
}

interface RawOrder {
  id: string;
  customer_name: string;
  lines: Array<{ pos: number; bore: string; finish?: string }>;
  priority?: "rush" | "normal";
}

export interface ShopCapacity {
  latheHoursFree: number;
  platingSlotsFree: number;
}

declare const orderInbox: {
  fetch(orderId: string): Promise<RawOrder>;
};

declare const shopFloor: {
  capacity(): Promise<ShopCapacity>;
  schedule(order: ValveOrder, startOn: Date): Promise<string>;
};

const HOURS_PER_VALVE = 3.5;

export class ValveOrderDesk {
  private readonly finishes = new Set(["lacquer", "silver", "raw"]);

  normalize = (raw: RawOrder): ValveOrder => ({
    orderId: raw.id,
    customer: raw.customer_name.trim(),
    rush: raw.priority === "rush",
    valves: raw.lines.map((line) => {
      if (line.pos < 1 || line.pos > 4) {
        throw new Error(`order ${raw.id}: valve position ${line.pos} does not exist`);
      }
      const finish = line.finish && this.finishes.has(line.finish) ? line.finish : "raw";
      return {
        position: line.pos as 1 | 2 | 3 | 4,
        boreMm: Number.parseFloat(line.bore),
        finish: finish as ValveOrder["valves"][number]["finish"],
      };
    }),
  });

  loadOrder(orderId: string): Promise<ValveOrder> {
    return orderInbox.fetch(orderId).then(this.normalize);
  }

  private startDate(order: ValveOrder, capacity: ShopCapacity): Date {
    const hours = order.valves.length * HOURS_PER_VALVE;
    const needsPlating = order.valves.some((v) => v.finish !== "raw");
    let delayDays = hours > capacity.latheHoursFree ? Math.ceil((hours - capacity.latheHoursFree) / 8) : 0;
    if (needsPlating && capacity.platingSlotsFree === 0) delayDays += 2;
    if (order.rush) delayDays = Math.max(0, delayDays - 1);
    return new Date(Date.now() + delayDays * 86_400_000);
  }

  async accept(orderId: string): Promise<{ ticket: string; startOn: Date }> {
    const [order, capacity] = await Promise.all([this.loadOrder(orderId), shopFloor.capacity()]);
    const odd = order.valves.filter((v) => v.boreMm < 14 || v.boreMm > 19);
    if (odd.length > 0) {
      throw new Error(`order ${orderId}: bore outside tuba range on positions ${odd.map((v) => v.position).join(",")}`);
    }
    const startOn = this.startDate(order, capacity);
    const ticket = await shopFloor.schedule(order, startOn);
    return { ticket, startOn };
  }
}
