// expect: none
// submitWithRetry retries only transient press errors; AbortError is rethrown immediately and the backoff sleep honours the signal.
import { setTimeout as delay } from "node:timers/promises";

export interface PrintJob {
  jobId: string;
  pressId: string;
  pdfUrl: string;
  copies: number;
  stock: "silk-170" | "uncoated-120" | "card-300";
}

export interface SubmitResult {
  jobId: string;
  queuePosition: number;
  attempts: number;
}

declare const pressController: {
  enqueue(job: PrintJob, options: { signal?: AbortSignal }): Promise<{ position: number }>;
};

class PressBusyError extends Error {
  constructor(readonly pressId: string, readonly retryAfterMs: number) {
    super(`press ${pressId} is busy`);
    this.name = "PressBusyError";
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === "AbortError";
}

function isTransient(err: unknown): err is PressBusyError | Error {
  if (err instanceof PressBusyError) return true;
  return err instanceof Error && /ECONNRESET|ETIMEDOUT|EPIPE/.test(err.message);
}

export async function submitWithRetry(
  job: PrintJob,
  options: { signal: AbortSignal; maxAttempts?: number },
): Promise<SubmitResult> {
  const maxAttempts = options.maxAttempts ?? 5;
  let lastError: unknown;

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const { position } = await pressController.enqueue(job, { signal: options.signal });
      return { jobId: job.jobId, queuePosition: position, attempts: attempt };
    } catch (err) {
      if (isAbort(err) || options.signal.aborted) {
        throw err;
      }
      if (!isTransient(err)) {
        throw err;
      }
      lastError = err;
      const base = err instanceof PressBusyError ? err.retryAfterMs : 250 * 2 ** attempt;
      const jitter = Math.floor(Math.random() * 100);
      await delay(Math.min(base + jitter, 15_000), undefined, { signal: options.signal });
    }
  }

  throw new Error(`job ${job.jobId} could not be queued on ${job.pressId} after ${maxAttempts} attempts`, {
    cause: lastError,
  });
}

export async function submitBatch(jobs: PrintJob[], signal: AbortSignal): Promise<SubmitResult[]> {
  const results: SubmitResult[] = [];
  // Presses accept one enqueue at a time, so keep this sequential
  for (const job of jobs) {
    results.push(await submitWithRetry(job, { signal }));
  }
  return results;
}
