// expect: no-multiple-settle
// waitForLevel clears the polling interval when the tank fills but never clears the deadline timer, so a successful fill still calls reject() timeoutMs later (a second settle) and the stray timer keeps the controller process alive.
import { EventEmitter } from 'node:events';

export interface ReservoirBus {
  readLevelCm(tankId: string): number;
  setValve(tankId: string, open: boolean): void;
}

export interface FillPlan {
  tankId: string;
  targetCm: number;
  maxFillMs: number;
}

export interface FillResult {
  tankId: string;
  fromCm: number;
  toCm: number;
}

export class ReservoirFiller extends EventEmitter {
  constructor(
    private readonly bus: ReservoirBus,
    private readonly pollMs = 250,
  ) {
    super();
  }

  async fillAll(plans: FillPlan[]): Promise<FillResult[]> {
    const results: FillResult[] = [];
    // One tank at a time: the mains line cannot feed two valves at full pressure.
    for (const plan of plans) {
      results.push(await this.fill(plan));
    }
    return results;
  }

  async fill(plan: FillPlan): Promise<FillResult> {
    const fromCm = this.bus.readLevelCm(plan.tankId);
    if (fromCm >= plan.targetCm) {
      return { tankId: plan.tankId, fromCm, toCm: fromCm };
    }
    this.bus.setValve(plan.tankId, true);
    try {
      const toCm = await this.waitForLevel(plan.tankId, plan.targetCm, plan.maxFillMs);
      this.emit('filled', { tankId: plan.tankId, fromCm, toCm });
      return { tankId: plan.tankId, fromCm, toCm };
    } finally {
      this.bus.setValve(plan.tankId, false);
    }
  }

  private waitForLevel(tankId: string, targetCm: number, timeoutMs: number): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const deadline = setTimeout(() => {
        clearInterval(poll);
        reject(new Error(`tank ${tankId} did not reach ${targetCm}cm within ${timeoutMs}ms`));
      }, timeoutMs);

      const poll = setInterval(() => {
        const cm = this.bus.readLevelCm(tankId);
        this.emit('level', { tankId, cm });
        if (cm >= targetCm) {
          clearInterval(poll);
          resolve(cm);
        }
      }, this.pollMs);
    });
  }
}
