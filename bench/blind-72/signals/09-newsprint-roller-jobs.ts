// expect: none
// The retry loop rethrows as soon as the signal is aborted (signal.reason) before considering a retry, and the backoff sleep takes the same signal, so cancellation is never retried or hidden.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PrintJob {
  jobId: string;
  edition: string;
  pages: number;
  copies: number;
  rollWidthMm: 420 | 630 | 840;
}

export interface JobReceipt {
  jobId: string;
  rollsUsed: number;
  attempts: number;
  finishedAt: Date;
}

class PressBusyError extends Error {
  constructor(readonly retryAfterMs: number) {
    super('press busy');
    this.name = 'PressBusyError';
  }
}

declare const pressApi: {
  submit(job: PrintJob, init: { signal: AbortSignal }): Promise<{ ticket: string }>;
  waitForCompletion(ticket: string, init: { signal: AbortSignal }): Promise<{ rollsUsed: number }>;
};

declare const log: {
  warn(message: string, meta?: Record<string, unknown>): void;
};

const MAX_ATTEMPTS = 5;

function isRetryable(err: unknown): err is PressBusyError | NodeJS.ErrnoException {
  if (err instanceof PressBusyError) return true;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ECONNRESET' || code === 'EPIPE';
}

function rollsNeeded(job: PrintJob): number {
  // one 8 km roll covers roughly 16k broadsheet impressions at 630mm
  const impressions = job.pages * job.copies;
  const perRoll = job.rollWidthMm === 840 ? 12_000 : job.rollWidthMm === 630 ? 16_000 : 24_000;
  return Math.ceil(impressions / perRoll);
}

export async function printEdition(job: PrintJob, signal: AbortSignal): Promise<JobReceipt> {
  if (rollsNeeded(job) > 40) {
    throw new RangeError(`job ${job.jobId} needs ${rollsNeeded(job)} rolls; split the run`);
  }

  for (let attempt = 1; ; attempt++) {
    try {
      const { ticket } = await pressApi.submit(job, { signal });
      const { rollsUsed } = await pressApi.waitForCompletion(ticket, { signal });
      return { jobId: job.jobId, rollsUsed, attempts: attempt, finishedAt: new Date() };
    } catch (err) {
      if (signal.aborted) {
        throw signal.reason;
      }
      if (!isRetryable(err) || attempt >= MAX_ATTEMPTS) {
        throw err;
      }
      const waitMs = err instanceof PressBusyError ? err.retryAfterMs : 500 * attempt;
      log.warn('press job failed, retrying', { jobId: job.jobId, attempt, waitMs });
      await sleep(waitMs, undefined, { signal });
    }
  }
}

export async function printRun(jobs: readonly PrintJob[], signal: AbortSignal): Promise<JobReceipt[]> {
  const receipts: JobReceipt[] = [];
  for (const job of jobs) {
    signal.throwIfAborted();
    receipts.push(await printEdition(job, signal));
  }
  return receipts;
}
