// expect: none
// The retry helper receives a factory and invokes it on every attempt, so each retry issues a fresh slot request.
import { setTimeout as sleep } from 'node:timers/promises';

export interface AirspaceSlot {
  corridorId: string;
  departAt: number;
  expiresAt: number;
}

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  signal?: AbortSignal;
}

declare const utm: {
  requestSlot(droneId: string, corridor: string, signal?: AbortSignal): Promise<AirspaceSlot>;
  releaseSlot(corridorId: string): Promise<void>;
};

class UtmError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

function isTransient(err: unknown): boolean {
  if (err instanceof UtmError) return err.status === 429 || err.status >= 500;
  return err instanceof Error && err.name === 'TimeoutError';
}

function backoff(attempt: number, opts: RetryOptions): number {
  const exp = opts.baseDelayMs * 2 ** (attempt - 1);
  const jitter = Math.random() * opts.baseDelayMs;
  return Math.min(opts.maxDelayMs, exp + jitter);
}

export async function withRetry<T>(
  op: (attempt: number) => Promise<T>,
  opts: RetryOptions,
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      return await op(attempt);
    } catch (err) {
      lastError = err;
      if (!isTransient(err) || attempt === opts.attempts) break;
      await sleep(backoff(attempt, opts), undefined, { signal: opts.signal });
    }
  }
  throw lastError;
}

export class DispatchPlanner {
  private readonly held = new Map<string, AirspaceSlot>();

  constructor(private readonly requestTimeoutMs = 4_000) {}

  async reserve(droneId: string, corridor: string, signal?: AbortSignal): Promise<AirspaceSlot> {
    const slot = await withRetry(
      (attempt) => {
        const perAttempt = AbortSignal.timeout(this.requestTimeoutMs * attempt);
        const combined = signal ? AbortSignal.any([signal, perAttempt]) : perAttempt;
        return utm.requestSlot(droneId, corridor, combined);
      },
      { attempts: 4, baseDelayMs: 250, maxDelayMs: 3_000, signal },
    );
    this.held.set(droneId, slot);
    return slot;
  }

  async releaseAll(): Promise<void> {
    const pending = [...this.held.values()].map((slot) => utm.releaseSlot(slot.corridorId));
    this.held.clear();
    const results = await Promise.allSettled(pending);
    const failed = results.filter((r) => r.status === 'rejected').length;
    if (failed > 0) {
      console.warn(`dispatch: ${failed} corridor release(s) failed, UTM will expire them`);
    }
  }
}
