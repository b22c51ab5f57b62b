// expect: none
// The retry loop passes the job signal to fetch and to the backoff sleep, and rethrows aborts unchanged instead of retrying them.
import { setTimeout as sleep } from "node:timers/promises";

export interface StackJob {
  jobId: string;
  fieldId: string;
  bales: number;
  pattern: "pyramid" | "loaf" | "square";
}

export interface StackReceipt {
  jobId: string;
  stackId: string;
  balesStacked: number;
}

export class StackerHttpError extends Error {
  constructor(readonly status: number, readonly jobId: string) {
    super(`stacker controller returned HTTP ${status} for job ${jobId}`);
    this.name = "StackerHttpError";
  }
}

const CONTROLLER = "http://stacker-controller.farm.local";
const RETRYABLE = new Set([429, 502, 503, 504]);

function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === "AbortError" || err.name === "TimeoutError");
}

function shouldRetry(err: unknown): boolean {
  if (err instanceof StackerHttpError) return RETRYABLE.has(err.status);
  return err instanceof TypeError;
}

async function submitOnce(job: StackJob, signal: AbortSignal): Promise<StackReceipt> {
  const res = await fetch(`${CONTROLLER}/jobs`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(job),
    signal,
  });
  if (!res.ok) {
    throw new StackerHttpError(res.status, job.jobId);
  }
  return (await res.json()) as StackReceipt;
}

export async function submitStackJob(job: StackJob, signal: AbortSignal, maxAttempts = 5): Promise<StackReceipt> {
  let attempt = 0;
  for (;;) {
    attempt += 1;
    try {
      return await submitOnce(job, signal);
    } catch (err) {
      if (signal.aborted || isAbortError(err)) {
        throw err;
      }
      if (attempt >= maxAttempts || !shouldRetry(err)) {
        throw err;
      }
      const backoff = Math.min(8000, 250 * 2 ** attempt) + Math.random() * 100;
      await sleep(backoff, undefined, { signal });
    }
  }
}

export async function stackField(jobs: StackJob[], signal: AbortSignal): Promise<StackReceipt[]> {
  const receipts: StackReceipt[] = [];
  for (const job of jobs) {
    signal.throwIfAborted();
    receipts.push(await submitStackJob(job, signal));
  }
  return receipts;
}
