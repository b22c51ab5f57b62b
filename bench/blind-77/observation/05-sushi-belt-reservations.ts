// expect: no-floating-promises
// Bug: orders.forEach(async ...) drops each callback's promise, so loadOrders returns before slots are reserved and reservation failures go unhandled.
export interface PlateOrder {
  orderId: string;
  seat: number;
  item: string;
  colour: 'white' | 'green' | 'blue' | 'red' | 'gold' | 'black';
  allergens: string[];
}

export interface BeltSlot {
  slotIndex: number;
  seat: number;
  orderId: string;
  dispatchAt: number;
}

declare const belt: {
  readonly slotCount: number;
  readonly rpm: number;
  reserveSlot(slotIndex: number, orderId: string, seat: number): Promise<void>;
  occupied(): Promise<number[]>;
};
declare const kitchen: {
  queuePlate(order: PlateOrder, dispatchAt: number): Promise<void>;
};
declare const allergyBoard: { flag(seat: number, allergens: string[]): void };

const PRICE_YEN: Record<PlateOrder['colour'], number> = {
  white: 120,
  green: 180,
  blue: 240,
  red: 320,
  gold: 480,
  black: 600,
};

export class BeltScheduler {
  private readonly booked = new Map<number, BeltSlot>();

  constructor(private readonly seatCount: number) {}

  private msPerSlot(): number {
    return 60_000 / belt.rpm / belt.slotCount;
  }

  private slotReaching(seat: number, now: number, taken: Set<number>): { slotIndex: number; dispatchAt: number } {
    const seatSlot = Math.floor((seat / this.seatCount) * belt.slotCount);
    for (let ahead = 2; ahead < belt.slotCount; ahead++) {
      const slotIndex = (seatSlot - ahead + belt.slotCount) % belt.slotCount;
      if (!taken.has(slotIndex)) return { slotIndex, dispatchAt: now + ahead * this.msPerSlot() };
    }
    throw new Error(`belt full, cannot route to seat ${seat}`);
  }

  async loadOrders(orders: PlateOrder[]): Promise<number> {
    const taken = new Set([...(await belt.occupied()), ...this.booked.keys()]);
    const now = Date.now();

    orders.forEach(async (order) => {
      if (order.allergens.length > 0) allergyBoard.flag(order.seat, order.allergens);
      const { slotIndex, dispatchAt } = this.slotReaching(order.seat, now, taken);
      taken.add(slotIndex);
      await belt.reserveSlot(slotIndex, order.orderId, order.seat);
      await kitchen.queuePlate(order, dispatchAt);
      this.booked.set(slotIndex, { slotIndex, seat: order.seat, orderId: order.orderId, dispatchAt });
    });

    return orders.length;
  }

  release(slotIndex: number): void {
    this.booked.delete(slotIndex);
  }

  bill(orders: PlateOrder[], seat: number): number {
    return orders.filter((o) => o.seat === seat).reduce((sum, o) => sum + PRICE_YEN[o.colour], 0);
  }
}
