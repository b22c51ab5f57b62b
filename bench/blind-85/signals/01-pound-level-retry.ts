// expect: none
// The retry loop catches everything but rethrows at once when the signal is aborted or the error is an AbortError, and both the fetch and the backoff sleep get the caller's signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PoundLevel {
  pound: string;
  levelCm: number;
  nominalCm: number;
  measuredAt: string;
}

export interface RetryOptions {
  signal: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
  onRetry?: (attempt: number, err: unknown) => void;
}

function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export async function withRetry<T>(task: (signal: AbortSignal) => Promise<T>, opts: RetryOptions): Promise<T> {
  const attempts = opts.attempts ?? 4;
  const base = opts.baseDelayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    opts.signal.throwIfAborted();
    try {
      return await task(opts.signal);
    } catch (err) {
      if (opts.signal.aborted || isAbortError(err) || attempt >= attempts) throw err;
      opts.onRetry?.(attempt, err);
      const jitter = Math.random() * base;
      await sleep(base * 2 ** (attempt - 1) + jitter, undefined, { signal: opts.signal });
    }
  }
}

export async function readPoundLevel(apiBase: string, pound: string, signal: AbortSignal): Promise<PoundLevel> {
  const res = await fetch(`${apiBase}/pounds/${encodeURIComponent(pound)}/level`, {
    signal,
    headers: { accept: 'application/json' },
  });
  if (res.status >= 500) throw new Error(`level gauge ${pound} unavailable (${res.status})`);
  if (!res.ok) throw new Error(`level gauge ${pound}: ${res.status}`);
  return (await res.json()) as PoundLevel;
}

export async function checkPoundsBeforeCycle(
  apiBase: string,
  pounds: string[],
  signal: AbortSignal,
  toleranceCm = 15,
): Promise<{ safe: boolean; offenders: PoundLevel[] }> {
  const levels = await Promise.all(
    pounds.map((pound) =>
      withRetry((s) => readPoundLevel(apiBase, pound, s), {
        signal,
        onRetry: (n, err) => console.warn(`retry ${n} for pound ${pound}:`, err),
      }),
    ),
  );
  const offenders = levels.filter((l) => Math.abs(l.levelCm - l.nominalCm) > toleranceCm);
  return { safe: offenders.length === 0, offenders };
}
