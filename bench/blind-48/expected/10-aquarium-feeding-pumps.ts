// expect: none
// Correct: the priming poll issues a fresh status request on each iteration; concurrent feed requests intentionally share one in-flight promise.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PumpStatus {
  pumpId: string;
  primed: boolean;
  lineBar: number;
}

export interface FeedResult {
  tankId: string;
  grams: number;
  dispensedAt: Date;
}

declare const pumpBus: {
  status(pumpId: string): Promise<PumpStatus>;
  startPrime(pumpId: string): Promise<void>;
  dispense(pumpId: string, grams: number): Promise<number>;
};

declare const feedingPlan: {
  gramsFor(tankId: string, hour: number): number;
  pumpFor(tankId: string): string;
};

async function waitForPrime(pumpId: string, timeoutMs = 20_000, pollMs = 500): Promise<PumpStatus> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await pumpBus.status(pumpId);
    if (status.primed && status.lineBar > 0.2) return status;
    await sleep(pollMs);
  }
  throw new Error(`pump ${pumpId} failed to prime within ${timeoutMs}ms`);
}

export class FeedingScheduler {
  private readonly inFlight = new Map<string, Promise<FeedResult>>();

  feed(tankId: string, hour: number): Promise<FeedResult> {
    const existing = this.inFlight.get(tankId);
    if (existing) return existing;
    const run = this.runFeed(tankId, hour).finally(() => this.inFlight.delete(tankId));
    this.inFlight.set(tankId, run);
    return run;
  }

  private async runFeed(tankId: string, hour: number): Promise<FeedResult> {
    const pumpId = feedingPlan.pumpFor(tankId);
    const status = await pumpBus.status(pumpId);
    if (!status.primed) {
      await pumpBus.startPrime(pumpId);
      await waitForPrime(pumpId);
    }
    const grams = await pumpBus.dispense(pumpId, feedingPlan.gramsFor(tankId, hour));
    return { tankId, grams, dispensedAt: new Date() };
  }
}

export async function feedingRound(scheduler: FeedingScheduler, tankIds: string[], hour: number): Promise<FeedResult[]> {
  const results = await Promise.all(tankIds.map((tankId) => scheduler.feed(tankId, hour)));
  return results.filter((r) => r.grams > 0);
}
