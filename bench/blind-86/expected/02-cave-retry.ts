// expect: none
// withRetry takes a factory and calls op() on every attempt, so each retry re-runs the request instead of re-awaiting a settled promise.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  signal?: AbortSignal;
  retryIf?: (err: unknown) => boolean;
}

export async function withRetry<T>(op: (attempt: number) => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const attempts = opts.attempts ?? 4;
  const base = opts.baseDelayMs ?? 500;
  let lastErr: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    opts.signal?.throwIfAborted();
    try {
      return await op(attempt);
    } catch (err) {
      lastErr = err;
      if (opts.retryIf && !opts.retryIf(err)) throw err;
      if (attempt === attempts) break;
      const jitter = Math.random() * base;
      await sleep(base * 2 ** (attempt - 1) + jitter, undefined, { signal: opts.signal });
    }
  }
  throw lastErr;
}

export interface RindSample {
  wheelId: string;
  aw: number; // water activity
  ph: number;
  moldCoverPct: number;
}

declare const lab: {
  submit(sample: RindSample): Promise<{ ticket: string }>;
  result(ticket: string): Promise<{ verdict: 'ok' | 'wash' | 'cull'; notes: string } | null>;
};

class LabBusy extends Error {}

export async function gradeRind(sample: RindSample, signal?: AbortSignal) {
  const { ticket } = await withRetry(() => lab.submit(sample), { attempts: 3, signal });

  return withRetry(
    async (attempt) => {
      const result = await lab.result(ticket);
      if (!result) throw new LabBusy(`lab has not graded ${ticket} yet (poll ${attempt})`);
      return result;
    },
    {
      attempts: 12,
      baseDelayMs: 2_000,
      signal,
      retryIf: (err) => err instanceof LabBusy,
    },
  );
}
