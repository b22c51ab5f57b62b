// expect: none
// The deadline race clears its timer in finally and aborts the losing submission request, so no loser outlives the call; the caller's signal is forwarded too.
export interface PrintSubmission {
  jobId: string;
  printerId: string;
  pdfUrl: string;
  copies: number;
  duplex: boolean;
  finishing?: 'staple' | 'saddle-stitch' | 'none';
}

export interface SubmitResult {
  jobId: string;
  printerJobNumber: number;
  estimatedSeconds: number;
}

declare const printGateway: {
  submit(job: PrintSubmission, options: { signal: AbortSignal }): Promise<SubmitResult>;
};

declare const jobDb: {
  markSubmitted(jobId: string, printerJobNumber: number): Promise<void>;
  markDelayed(jobId: string, reason: string): Promise<void>;
};

export class SubmitDeadlineError extends Error {
  constructor(
    readonly jobId: string,
    readonly deadlineMs: number,
  ) {
    super(`printer did not accept job ${jobId} within ${deadlineMs}ms`);
    this.name = 'SubmitDeadlineError';
  }
}

export async function submitWithDeadline(
  job: PrintSubmission,
  deadlineMs: number,
  outerSignal?: AbortSignal,
): Promise<SubmitResult> {
  outerSignal?.throwIfAborted();

  const controller = new AbortController();
  const onOuterAbort = (): void => controller.abort(outerSignal?.reason);
  outerSignal?.addEventListener('abort', onOuterAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SubmitDeadlineError(job.jobId, deadlineMs)), deadlineMs);
  });

  try {
    return await Promise.race([printGateway.submit(job, { signal: controller.signal }), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    outerSignal?.removeEventListener('abort', onOuterAbort);
  }
}

function deadlineFor(job: PrintSubmission): number {
  const base = 15_000;
  const perCopy = job.finishing && job.finishing !== 'none' ? 400 : 100;
  return Math.min(120_000, base + job.copies * perCopy);
}

export async function submitBatch(jobs: readonly PrintSubmission[], signal: AbortSignal): Promise<number> {
  let submitted = 0;
  for (const job of jobs) {
    try {
      const result = await submitWithDeadline(job, deadlineFor(job), signal);
      await jobDb.markSubmitted(job.jobId, result.printerJobNumber);
      submitted += 1;
    } catch (err) {
      if (!(err instanceof SubmitDeadlineError)) throw err;
      await jobDb.markDelayed(job.jobId, err.message);
    }
  }
  return submitted;
}
