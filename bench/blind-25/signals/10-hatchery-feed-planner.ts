// expect: none
// The worker is terminated when the signal aborts and the abort reason is rethrown as-is; only non-abort sensor failures are wrapped, with the original kept as cause.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface RacewaySensors {
  racewayId: string;
  waterTempC: number;
  dissolvedOxygenMgL: number;
  fishCount: number;
  meanWeightG: number;
}

export interface FeedPlan {
  racewayId: string;
  gramsPerFeeding: number;
  feedingsPerDay: number;
}

declare const sensorHub: {
  read(racewayId: string, opts: { signal: AbortSignal }): Promise<RacewaySensors>;
};

export class SensorReadError extends Error {
  constructor(readonly racewayId: string, options: { cause: unknown }) {
    super(`could not read sensors for raceway ${racewayId}`, options);
    this.name = 'SensorReadError';
  }
}

const PLANNER_SCRIPT = join(__dirname, 'feed-planner-worker.js');

async function readSensors(racewayId: string, signal: AbortSignal): Promise<RacewaySensors> {
  try {
    return await sensorHub.read(racewayId, { signal });
  } catch (err) {
    if (signal.aborted || (err instanceof Error && err.name === 'AbortError')) {
      throw err;
    }
    throw new SensorReadError(racewayId, { cause: err });
  }
}

function runPlanner(readings: RacewaySensors[], signal: AbortSignal): Promise<FeedPlan[]> {
  signal.throwIfAborted();
  return new Promise<FeedPlan[]>((resolve, reject) => {
    const worker = new Worker(PLANNER_SCRIPT, { workerData: readings });

    const onAbort = () => {
      void worker.terminate();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });

    const settle = () => signal.removeEventListener('abort', onAbort);
    worker.once('message', (plans: FeedPlan[]) => {
      settle();
      resolve(plans);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      settle();
      reject(err);
    });
    worker.once('exit', (code) => {
      settle();
      if (code !== 0 && !signal.aborted) reject(new Error(`feed planner exited with code ${code}`));
    });
  });
}

export async function planDailyFeeding(racewayIds: string[], signal: AbortSignal): Promise<FeedPlan[]> {
  const readings: RacewaySensors[] = [];
  for (const id of racewayIds) {
    readings.push(await readSensors(id, signal));
  }

  // Low oxygen means the fish won't eat; skip those raceways until aeration recovers.
  const feedable = readings.filter((r) => r.dissolvedOxygenMgL >= 5 && r.waterTempC >= 4);
  if (feedable.length === 0) return [];

  return runPlanner(feedable, signal);
}
