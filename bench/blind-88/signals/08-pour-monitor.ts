// expect: none
// awaitPour races the pour job against abort and a deadline, but the finally block removes the abort listener and clears the deadline timer, and whichever side wins first cancels the furnace job, so no loser keeps running.
export interface PourTelemetry {
  mouldId: string;
  metalTempC: number;
  pouredKg: number;
  durationS: number;
}

export interface PourJob {
  readonly mouldId: string;
  readonly done: Promise<PourTelemetry>;
  cancel(reason: string): void;
}

declare const furnace: {
  startPour(mouldId: string, targetKg: number, tempC: number): PourJob;
};

export class PourDeadlineError extends Error {
  constructor(mouldId: string, ms: number) {
    super(`pour into ${mouldId} not finished within ${Math.round(ms / 1000)}s`);
    this.name = 'PourDeadlineError';
  }
}

export async function awaitPour(job: PourJob, deadlineMs: number, signal: AbortSignal): Promise<PourTelemetry> {
  if (signal.aborted) {
    job.cancel('aborted before pour started');
    throw signal.reason;
  }

  let onAbort: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      job.cancel('operator abort');
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      job.cancel('deadline exceeded');
      reject(new PourDeadlineError(job.mouldId, deadlineMs));
    }, deadlineMs);
  });

  try {
    return await Promise.race([job.done, aborted, deadline]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

export async function castBell(
  mouldId: string,
  weightKg: number,
  signal: AbortSignal,
): Promise<PourTelemetry> {
  const bronzeTempC = weightKg > 2_000 ? 1_150 : 1_100;
  const metalKg = weightKg * 1.08;
  const job = furnace.startPour(mouldId, metalKg, bronzeTempC);
  const deadlineMs = Math.max(60_000, (metalKg / 25) * 1_000 * 4);

  const telemetry = await awaitPour(job, deadlineMs, signal);
  if (telemetry.pouredKg < weightKg) {
    throw new Error(`short pour into ${mouldId}: ${telemetry.pouredKg} of ${weightKg} kg`);
  }
  return telemetry;
}
