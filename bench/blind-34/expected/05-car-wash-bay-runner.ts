// expect: no-uncalled-async-function
// In the non-skip branch the job callback returns this.rinseAndDry without calling it, so the queue resolves with a function and the rinse never runs.
export type BayId = "A" | "B" | "C" | "D";

export interface WashOrder {
  orderId: string;
  bay: BayId;
  program: "basic" | "deluxe" | "ceramic";
  plate: string;
}

declare const bayHardware: {
  isOccupied(bay: BayId): Promise<boolean>;
  runProgram(bay: BayId, program: WashOrder["program"]): Promise<void>;
  rinse(bay: BayId): Promise<void>;
  blowDry(bay: BayId, seconds: number): Promise<void>;
};

declare const jobQueue: {
  enqueue(key: string, job: () => Promise<unknown>): Promise<unknown>;
};

declare const receipts: {
  complete(orderId: string, plate: string): Promise<void>;
};

const DRY_SECONDS: Record<WashOrder["program"], number> = {
  basic: 45,
  deluxe: 90,
  ceramic: 120,
};

export class WashTunnelRunner {
  private readonly active = new Map<BayId, WashOrder>();

  private async rinseAndDry(): Promise<void> {
    for (const [bay, order] of this.active) {
      await bayHardware.rinse(bay);
      await bayHardware.blowDry(bay, DRY_SECONDS[order.program]);
      await receipts.complete(order.orderId, order.plate);
    }
    this.active.clear();
  }

  async start(order: WashOrder): Promise<void> {
    if (this.active.has(order.bay)) {
      throw new Error(`bay ${order.bay} already washing ${this.active.get(order.bay)!.plate}`);
    }
    if (await bayHardware.isOccupied(order.bay)) {
      throw new Error(`vehicle still in bay ${order.bay}`);
    }
    this.active.set(order.bay, order);
    await bayHardware.runProgram(order.bay, order.program);
  }

  async finishCycle(skipRinse: boolean): Promise<void> {
    await jobQueue.enqueue("rinse-dry", async () => {
      if (skipRinse || this.active.size === 0) {
        this.active.clear();
        return undefined;
      }
      return this.rinseAndDry;
    });
  }

  activeBays(): BayId[] {
    return [...this.active.keys()].sort();
  }

  queueLength(): number {
    return this.active.size;
  }
}

export function estimateMinutes(orders: WashOrder[]): number {
  const seconds = orders.reduce((sum, o) => sum + 240 + DRY_SECONDS[o.program], 0);
  return Math.ceil(seconds / 60);
}
