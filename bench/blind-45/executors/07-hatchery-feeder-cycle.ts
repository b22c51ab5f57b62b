// expect: no-multiple-settle
// When the planner worker posts 'invalid' and then exits with code 0, no branch settles the planFeeding promise.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';

export interface RacewayCensus {
  racewayId: string;
  species: 'rainbow-trout' | 'chinook' | 'arctic-char';
  fishCount: number;
  meanWeightG: number;
  waterTempC: number;
}

export interface FeedPlan {
  racewayId: string;
  pelletSizeMm: number;
  gramsPerFeeding: number;
  feedingsPerDay: number;
}

type PlannerMessage =
  | { kind: 'plan'; plans: FeedPlan[] }
  | { kind: 'invalid'; racewayIds: string[]; reason: string }
  | { kind: 'progress'; done: number; total: number };

declare const hatcheryLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
};

declare const feederController: {
  upload(plans: FeedPlan[]): Promise<void>;
};

declare const censusStore: {
  latest(hatcheryId: string): Promise<RacewayCensus[]>;
};

const PLANNER_SCRIPT = join(__dirname, 'feed-planner-worker.js');

function planFeeding(census: RacewayCensus[]): Promise<FeedPlan[]> {
  return new Promise<FeedPlan[]>((resolve, reject) => {
    const worker = new Worker(PLANNER_SCRIPT, { workerData: { census } });

    worker.on('message', (msg: PlannerMessage) => {
      switch (msg.kind) {
        case 'progress':
          hatcheryLog.debug('feed planning progress', { done: msg.done, total: msg.total });
          break;
        case 'plan':
          resolve(msg.plans);
          break;
        case 'invalid':
          hatcheryLog.warn('planner refused census, no plan produced', {
            racewayIds: msg.racewayIds,
            reason: msg.reason,
          });
          break;
      }
    });

    // An uncaught error in the worker is always followed by 'exit', so settle there once.
    let crash: Error | undefined;
    worker.on('error', (err) => {
      crash = err;
    });
    worker.on('exit', (code) => {
      if (crash) {
        reject(crash);
      } else if (code !== 0) {
        reject(new Error(`feed planner exited with code ${code}`));
      }
    });
  });
}

function sanityCheck(plan: FeedPlan, census: RacewayCensus): boolean {
  const biomassG = census.fishCount * census.meanWeightG;
  const dailyG = plan.gramsPerFeeding * plan.feedingsPerDay;
  // Salmonids rarely need more than ~4% of body weight per day, even as fry.
  return dailyG > 0 && dailyG / biomassG <= 0.04;
}

export async function refreshFeedSchedule(hatcheryId: string): Promise<number> {
  const census = await censusStore.latest(hatcheryId);
  if (census.length === 0) return 0;

  const plans = await planFeeding(census);
  const byRaceway = new Map(census.map((c) => [c.racewayId, c]));

  const accepted = plans.filter((plan) => {
    const row = byRaceway.get(plan.racewayId);
    if (!row || !sanityCheck(plan, row)) {
      hatcheryLog.warn('discarding implausible feed plan', { racewayId: plan.racewayId });
      return false;
    }
    return true;
  });

  await feederController.upload(accepted);
  return accepted.length;
}
