// expect: none
// The race between the scale reading and the deadline clears its timer in finally and aborts the losing request through its own controller, so no loser keeps running.
export interface ScaleReading {
  lineId: string;
  supersKg: number;
  honeyKg: number;
  at: string;
}

export interface ExtractionRun {
  runId: string;
  lineId: string;
  supers: number;
  startedAt: Date;
}

declare const scaleGateway: {
  read(lineId: string, options: { signal: AbortSignal }): Promise<ScaleReading>;
};

declare const batchLedger: {
  close(runId: string, reading: ScaleReading | null, note?: string): Promise<void>;
};

export class ScaleTimeoutError extends Error {
  constructor(readonly lineId: string, readonly ms: number) {
    super(`scale on line ${lineId} gave no reading within ${ms}ms`);
    this.name = 'ScaleTimeoutError';
  }
}

export async function readScaleWithin(
  lineId: string,
  ms: number,
  outerSignal?: AbortSignal,
): Promise<ScaleReading> {
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(outerSignal?.reason);
  outerSignal?.addEventListener('abort', forwardAbort, { once: true });
  if (outerSignal?.aborted) forwardAbort();

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ScaleTimeoutError(lineId, ms)), ms);
  });

  try {
    return await Promise.race([scaleGateway.read(lineId, { signal: controller.signal }), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    outerSignal?.removeEventListener('abort', forwardAbort);
  }
}

export async function finishRun(run: ExtractionRun, signal?: AbortSignal): Promise<number | null> {
  let reading: ScaleReading | null = null;
  let note: string | undefined;
  try {
    reading = await readScaleWithin(run.lineId, 15_000, signal);
  } catch (err) {
    if (!(err instanceof ScaleTimeoutError)) throw err;
    note = err.message;
  }

  await batchLedger.close(run.runId, reading, note);
  if (!reading) return null;

  const perSuper = reading.honeyKg / Math.max(run.supers, 1);
  return Math.round(perSuper * 100) / 100;
}

export function yieldGrade(kgPerSuper: number | null): 'strong' | 'average' | 'weak' | 'unknown' {
  if (kgPerSuper === null) return 'unknown';
  if (kgPerSuper >= 12) return 'strong';
  if (kgPerSuper >= 7) return 'average';
  return 'weak';
}

export async function closeShift(runs: ExtractionRun[], signal?: AbortSignal): Promise<Map<string, string>> {
  const grades = new Map<string, string>();
  for (const run of runs) {
    signal?.throwIfAborted();
    grades.set(run.runId, yieldGrade(await finishRun(run, signal)));
  }
  return grades;
}
