// expect: none
// The race clears its deadline timer, aborts the losing measurement and removes the caller's abort listener in a finally block, so nothing keeps running after it settles.
export interface PitchSample {
  pipeId: string;
  hz: number;
  amplitudeDb: number;
}

export interface TuningRig {
  /** Opens the pipe's pallet and listens until a stable tone is measured. */
  measure(pipeId: string, options: { signal: AbortSignal }): Promise<PitchSample>;
}

export class MeasureTimeoutError extends Error {
  constructor(pipeId: string, ms: number) {
    super(`pipe ${pipeId} produced no stable tone within ${ms}ms`);
    this.name = 'MeasureTimeoutError';
  }
}

export async function measureWithin(rig: TuningRig, pipeId: string, ms: number, signal?: AbortSignal): Promise<PitchSample> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MeasureTimeoutError(pipeId, ms)), ms);
  });

  try {
    return await Promise.race([rig.measure(pipeId, { signal: controller.signal }), deadline]);
  } finally {
    clearTimeout(timer);
    // closes the pallet if the deadline won; a no-op when the measurement already finished
    controller.abort();
    signal?.removeEventListener('abort', onAbort);
  }
}

export interface RankReport {
  rank: string;
  samples: PitchSample[];
  silent: string[];
}

export async function measureRank(
  rig: TuningRig,
  rank: string,
  pipeIds: string[],
  perPipeMs: number,
  signal?: AbortSignal,
): Promise<RankReport> {
  const report: RankReport = { rank, samples: [], silent: [] };
  for (const pipeId of pipeIds) {
    try {
      report.samples.push(await measureWithin(rig, pipeId, perPipeMs, signal));
    } catch (err) {
      if (err instanceof MeasureTimeoutError) {
        // usually a cyphering or dead pipe; note it and carry on with the rank
        report.silent.push(pipeId);
        continue;
      }
      throw err;
    }
  }
  return report;
}

export function temperamentOffsetCents(sample: PitchSample, targetHz: number): number {
  return Math.round(1200 * Math.log2(sample.hz / targetHz) * 10) / 10;
}
