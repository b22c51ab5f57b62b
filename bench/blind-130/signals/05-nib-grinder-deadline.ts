// expect: none
// The race between the grinder job, a deadline timer and the caller's abort signal always clears the timer and removes the abort listener in finally, and tells the grinder to stop when it loses.
export interface GrindJob {
  jobId: string;
  nibSku: string;
  profile: 'stub' | 'italic' | 'oblique' | 'fine-tune';
  passes: number;
}

export interface GrindResult {
  jobId: string;
  tippingRemovedMicrons: number;
  smoothnessScore: number;
}

export interface GrinderController {
  run(job: GrindJob): Promise<GrindResult>;
  stop(jobId: string): void;
}

export class GrindDeadlineError extends Error {
  constructor(readonly jobId: string, readonly ms: number) {
    super(`grind job ${jobId} exceeded ${ms}ms`);
    this.name = 'GrindDeadlineError';
  }
}

export async function grindWithDeadline(
  grinder: GrinderController,
  job: GrindJob,
  ms: number,
  signal: AbortSignal,
): Promise<GrindResult> {
  signal.throwIfAborted();

  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;

  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new GrindDeadlineError(job.jobId, ms)), ms);
  });
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });

  const work = grinder.run(job);
  try {
    return await Promise.race([work, deadline, aborted]);
  } catch (err) {
    grinder.stop(job.jobId);
    work.catch(() => {});
    throw err;
  } finally {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

export function passesFor(profile: GrindJob['profile'], nibWidthMm: number): number {
  switch (profile) {
    case 'fine-tune':
      return 1;
    case 'stub':
      return Math.ceil(nibWidthMm * 2);
    case 'italic':
      return Math.ceil(nibWidthMm * 3);
    case 'oblique':
      return Math.ceil(nibWidthMm * 3) + 1;
  }
}
