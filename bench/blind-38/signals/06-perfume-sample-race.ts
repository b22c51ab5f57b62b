// expect: none
// analyseWithDeadline races the analysis against a timer, then clears the timer and aborts the analysis in finally, so neither loser keeps running.
export interface OlfactoryProfile {
  sampleId: string;
  topNotes: string[];
  heartNotes: string[];
  baseNotes: string[];
  longevityHours: number;
}

export interface BlendTrial {
  trialId: string;
  formula: Record<string, number>;
  maceratedDays: number;
}

export class DeadlineExceededError extends Error {
  constructor(readonly sampleId: string, readonly ms: number) {
    super(`analysis of ${sampleId} exceeded ${ms} ms`);
    this.name = 'DeadlineExceededError';
  }
}

declare const massSpec: {
  analyse(sampleId: string, opts: { signal: AbortSignal }): Promise<OlfactoryProfile>;
};
declare const labNotebook: { attach(trialId: string, profile: OlfactoryProfile): Promise<void> };

export async function analyseWithDeadline(sampleId: string, ms: number, signal: AbortSignal): Promise<OlfactoryProfile> {
  signal.throwIfAborted();
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceededError(sampleId, ms)), ms);
  });

  try {
    return await Promise.race([massSpec.analyse(sampleId, { signal: controller.signal }), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    signal.removeEventListener('abort', onAbort);
  }
}

function totalParts(formula: Record<string, number>): number {
  return Object.values(formula).reduce((a, b) => a + b, 0);
}

export async function evaluateTrials(trials: readonly BlendTrial[], signal: AbortSignal): Promise<Array<{ trialId: string; longevityHours: number | null }>> {
  const results: Array<{ trialId: string; longevityHours: number | null }> = [];
  for (const trial of trials) {
    if (trial.maceratedDays < 14 || totalParts(trial.formula) === 0) {
      results.push({ trialId: trial.trialId, longevityHours: null });
      continue;
    }
    try {
      const profile = await analyseWithDeadline(`${trial.trialId}-m${trial.maceratedDays}`, 90_000, signal);
      await labNotebook.attach(trial.trialId, profile);
      results.push({ trialId: trial.trialId, longevityHours: profile.longevityHours });
    } catch (err) {
      if (!(err instanceof DeadlineExceededError)) throw err;
      results.push({ trialId: trial.trialId, longevityHours: null });
    }
  }
  return results;
}
