// expect: none
// Every branch that settles the trial first sets finished and clears the polling interval, and later ticks return early, so the promise settles exactly once.
export interface CollarSnapshot {
  dogId: string;
  indicating: boolean;
  distanceToTargetM: number;
  battery: number;
}

export interface CollarFeed {
  latest(dogId: string): CollarSnapshot | undefined;
}

export interface TrialOutcome {
  dogId: string;
  found: boolean;
  elapsedMs: number;
  distanceAtIndicationM: number | null;
}

export interface TrialOptions {
  pollMs?: number;
  maxMs?: number;
  toleranceM?: number;
}

export function runScentTrial(feed: CollarFeed, dogId: string, opts: TrialOptions = {}): Promise<TrialOutcome> {
  const pollMs = opts.pollMs ?? 250;
  const maxMs = opts.maxMs ?? 120_000;
  const toleranceM = opts.toleranceM ?? 1.5;
  const started = Date.now();

  return new Promise<TrialOutcome>((resolve, reject) => {
    let finished = false;
    const interval = setInterval(() => {
      if (finished) return;
      const elapsedMs = Date.now() - started;
      let snap: CollarSnapshot | undefined;
      try {
        snap = feed.latest(dogId);
      } catch (err) {
        finished = true;
        clearInterval(interval);
        reject(err);
        return;
      }

      if (snap && snap.battery < 0.05) {
        finished = true;
        clearInterval(interval);
        reject(new Error(`collar on ${dogId} ran out of battery mid-trial`));
        return;
      }

      if (snap?.indicating) {
        finished = true;
        clearInterval(interval);
        resolve({
          dogId,
          found: snap.distanceToTargetM <= toleranceM,
          elapsedMs,
          distanceAtIndicationM: snap.distanceToTargetM,
        });
        return;
      }

      if (elapsedMs >= maxMs) {
        finished = true;
        clearInterval(interval);
        resolve({ dogId, found: false, elapsedMs, distanceAtIndicationM: null });
      }
    }, pollMs);
  });
}

export async function runTrainingBlock(
  feed: CollarFeed,
  dogIds: string[],
  opts?: TrialOptions,
): Promise<Map<string, TrialOutcome>> {
  const outcomes = new Map<string, TrialOutcome>();
  for (const dogId of dogIds) {
    outcomes.set(dogId, await runScentTrial(feed, dogId, opts));
  }
  return outcomes;
}

export function hitRate(outcomes: Iterable<TrialOutcome>): number {
  let total = 0;
  let hits = 0;
  for (const o of outcomes) {
    total += 1;
    if (o.found) hits += 1;
  }
  return total === 0 ? 0 : hits / total;
}
