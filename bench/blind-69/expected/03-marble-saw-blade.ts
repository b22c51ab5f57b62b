// expect: no-reused-settled-promise
// withRetries takes an already-started promise, so every "retry" re-awaits the same rejected tension reading instead of asking the saw again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BladeTension {
  sawId: string;
  kiloNewtons: number;
  wirePitchMm: number;
  measuredAt: number;
}

export interface CutPlan {
  blockId: string;
  slabs: number;
  slabThicknessMm: number;
  feedMmPerMin: number;
}

declare const wireSaw: {
  readBladeTension(sawId: string): Promise<BladeTension>;
  setFeedRate(sawId: string, mmPerMin: number): Promise<void>;
  startCut(sawId: string, plan: CutPlan): Promise<{ runId: string }>;
};

declare const quarryAlerts: {
  page(team: 'saw-crew' | 'maintenance', message: string): Promise<void>;
};

const MIN_TENSION_KN = 22;
const MAX_TENSION_KN = 31;

async function withRetries<T>(attempt: Promise<T>, label: string, tries = 4): Promise<T> {
  let lastError: unknown;
  for (let i = 1; i <= tries; i++) {
    try {
      return await attempt;
    } catch (err) {
      lastError = err;
      if (i < tries) {
        await sleep(500 * i);
      }
    }
  }
  throw new Error(`${label} failed after ${tries} attempts`, { cause: lastError });
}

function feedForTension(kn: number, requested: number): number {
  const slack = (kn - MIN_TENSION_KN) / (MAX_TENSION_KN - MIN_TENSION_KN);
  return Math.round(requested * Math.max(0.4, Math.min(1, slack + 0.3)));
}

export class SawStation {
  constructor(readonly sawId: string) {}

  async startBlock(plan: CutPlan): Promise<string> {
    const tension = await withRetries(wireSaw.readBladeTension(this.sawId), `tension read on ${this.sawId}`);

    if (tension.kiloNewtons < MIN_TENSION_KN) {
      await quarryAlerts.page('maintenance', `saw ${this.sawId} wire slack at ${tension.kiloNewtons}kN`);
      throw new Error(`blade tension too low on ${this.sawId}`);
    }
    if (tension.kiloNewtons > MAX_TENSION_KN) {
      await quarryAlerts.page('saw-crew', `saw ${this.sawId} over-tensioned, easing feed`);
    }

    const feed = feedForTension(tension.kiloNewtons, plan.feedMmPerMin);
    await wireSaw.setFeedRate(this.sawId, feed);
    const { runId } = await wireSaw.startCut(this.sawId, { ...plan, feedMmPerMin: feed });
    return runId;
  }
}

export async function cutQueue(station: SawStation, plans: readonly CutPlan[]): Promise<Map<string, string>> {
  const runs = new Map<string, string>();
  for (const plan of plans) {
    runs.set(plan.blockId, await station.startBlock(plan));
  }
  return runs;
}
