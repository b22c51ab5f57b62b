// expect: none
// The polling interval and the deadline timer are both cleared in done(), which is guarded so only the first outcome settles the promise.
import { setTimeout as delay } from 'node:timers/promises';

export interface LeafWetnessSample {
  blockId: string;
  leafTempC: number;
  dewPointC: number;
  at: string;
}

declare const stationApi: {
  latest(blockId: string): Promise<LeafWetnessSample | null>;
  trigger(blockId: string): Promise<void>;
};

export interface WaitOptions {
  everyMs?: number;
  deadlineMs?: number;
}

/** Waits until the block's station publishes a sample newer than `since`. */
export function waitForFreshSample(
  blockId: string,
  since: Date,
  { everyMs = 5_000, deadlineMs = 60_000 }: WaitOptions = {},
): Promise<LeafWetnessSample> {
  return new Promise((resolve, reject) => {
    let finished = false;
    let inFlight = false;

    const done = (err: Error | null, sample?: LeafWetnessSample) => {
      if (finished) return;
      finished = true;
      clearInterval(poller);
      clearTimeout(deadline);
      if (err) reject(err);
      else resolve(sample!);
    };

    const poller = setInterval(() => {
      if (inFlight) return;
      inFlight = true;
      stationApi
        .latest(blockId)
        .then((sample) => {
          if (sample && new Date(sample.at) > since) done(null, sample);
        })
        .catch((err: unknown) => done(err instanceof Error ? err : new Error(String(err))))
        .finally(() => {
          inFlight = false;
        });
    }, everyMs);

    const deadline = setTimeout(
      () => done(new Error(`block ${blockId}: no fresh sample within ${deadlineMs}ms`)),
      deadlineMs,
    );
  });
}

export async function checkFrostRisk(blockIds: string[]): Promise<Map<string, boolean>> {
  const risk = new Map<string, boolean>();
  for (const blockId of blockIds) {
    const requestedAt = new Date();
    await stationApi.trigger(blockId);
    await delay(250);
    const sample = await waitForFreshSample(blockId, requestedAt, { everyMs: 2_000 });
    // Frost forms on leaves once they cool to the dew point below zero.
    const atRisk = sample.leafTempC <= 0.5 && sample.leafTempC - sample.dewPointC < 1;
    risk.set(blockId, atRisk);
  }
  return risk;
}
