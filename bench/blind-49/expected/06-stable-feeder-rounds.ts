// expect: none
// Functions are passed only where functions are expected: retry() takes a thunk and calls it per attempt, and map() receives a bound arrow property.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Stall {
  id: string;
  horse: string;
  weightKg: number;
  workload: 'rest' | 'light' | 'moderate' | 'heavy';
  feederAddress: number;
}

export interface FeedResult {
  stallId: string;
  hayKg: number;
  concentrateKg: number;
}

declare const feederBus: {
  dispense(address: number, hayGrams: number, concentrateGrams: number): Promise<{ ok: boolean; jammed: boolean }>;
  hopperLevels(): Promise<{ hayKg: number; concentrateKg: number }>;
};

const CONCENTRATE_PER_100KG: Record<Stall['workload'], number> = {
  rest: 0,
  light: 0.25,
  moderate: 0.5,
  heavy: 0.75,
};

export async function retry<T>(operation: () => Promise<T>, attempts = 3, baseDelayMs = 200): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (i < attempts - 1) await sleep(baseDelayMs * 2 ** i);
    }
  }
  throw lastError;
}

export class FeedingRound {
  private readonly results: FeedResult[] = [];

  constructor(
    private readonly stalls: Stall[],
    private readonly mealsPerDay = 3,
  ) {}

  private rationFor(stall: Stall): FeedResult {
    const dailyHayKg = stall.weightKg * 0.02;
    const dailyConcentrateKg = (stall.weightKg / 100) * CONCENTRATE_PER_100KG[stall.workload];
    return {
      stallId: stall.id,
      hayKg: dailyHayKg / this.mealsPerDay,
      concentrateKg: dailyConcentrateKg / this.mealsPerDay,
    };
  }

  readonly feedStall = async (stall: Stall): Promise<FeedResult> => {
    const ration = this.rationFor(stall);
    const outcome = await retry(() =>
      feederBus.dispense(stall.feederAddress, Math.round(ration.hayKg * 1000), Math.round(ration.concentrateKg * 1000)),
    );
    if (!outcome.ok) {
      throw new Error(`feeder for ${stall.horse} (${stall.id}) reported ${outcome.jammed ? 'a jam' : 'a fault'}`);
    }
    this.results.push(ration);
    return ration;
  };

  private readonly checkHoppers = async (): Promise<void> => {
    const needed = this.stalls.map((s) => this.rationFor(s));
    const hay = needed.reduce((sum, r) => sum + r.hayKg, 0);
    const concentrate = needed.reduce((sum, r) => sum + r.concentrateKg, 0);
    const levels = await feederBus.hopperLevels();
    if (levels.hayKg < hay || levels.concentrateKg < concentrate) {
      throw new Error(`hoppers too low for this round: need ${hay.toFixed(1)} kg hay, ${concentrate.toFixed(1)} kg concentrate`);
    }
  };

  async run(): Promise<FeedResult[]> {
    await retry(this.checkHoppers, 2);
    const resting = this.stalls.filter((s) => s.workload === 'rest');
    const working = this.stalls.filter((s) => s.workload !== 'rest');
    await Promise.all(working.map(this.feedStall));
    await Promise.all(resting.map(this.feedStall));
    return [...this.results];
  }
}
