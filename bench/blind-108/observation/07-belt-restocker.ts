// expect: no-floating-promises
// lowLanes.forEach(async …) drops every restock promise, so restockLowLanes returns before any plate is ordered and a kitchen-printer rejection becomes an unhandled rejection that takes down the belt controller.
export type Dish = 'salmon-nigiri' | 'tuna-maki' | 'ebi-tempura' | 'tamago' | 'inari' | 'unagi';

export interface Lane {
  id: number;
  dish: Dish;
  platesOnBelt: number;
  target: number;
}

export interface KitchenPrinter {
  printTicket(ticket: { dish: Dish; plates: number; lane: number }): Promise<void>;
}

export interface BeltSensors {
  snapshot(): Lane[];
}

export interface RestockPolicy {
  lowWatermark: number;
  maxBatch: number;
  quietHours: [number, number];
}

const DEFAULT_POLICY: RestockPolicy = { lowWatermark: 0.4, maxBatch: 8, quietHours: [15, 17] };

export class BeltRestocker {
  private readonly lastOrdered = new Map<number, number>();

  constructor(
    private readonly sensors: BeltSensors,
    private readonly printer: KitchenPrinter,
    private readonly policy: RestockPolicy = DEFAULT_POLICY,
  ) {}

  private isQuiet(now: Date): boolean {
    const h = now.getHours();
    return h >= this.policy.quietHours[0] && h < this.policy.quietHours[1];
  }

  private needsRestock(lane: Lane, now: number): boolean {
    if (lane.platesOnBelt >= lane.target * this.policy.lowWatermark) return false;
    const last = this.lastOrdered.get(lane.id) ?? 0;
    return now - last > 90_000;
  }

  async restockLowLanes(now = new Date()): Promise<number> {
    const lanes = this.sensors.snapshot();
    const lowLanes = lanes.filter((lane) => this.needsRestock(lane, now.getTime()));
    if (lowLanes.length === 0) return 0;

    const scale = this.isQuiet(now) ? 0.5 : 1;
    lowLanes.forEach(async (lane) => {
      const plates = Math.min(this.policy.maxBatch, Math.ceil((lane.target - lane.platesOnBelt) * scale));
      await this.printer.printTicket({ dish: lane.dish, plates, lane: lane.id });
      this.lastOrdered.set(lane.id, Date.now());
    });

    return lowLanes.length;
  }
}
