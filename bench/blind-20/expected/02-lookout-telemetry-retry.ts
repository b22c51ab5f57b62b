// expect: none
// Correct: the retry helper invokes the attempt factory on every iteration, so each retry is a fresh request with its own timeout.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TowerReading {
  towerId: string;
  smokeIndex: number;
  windKph: number;
  humidityPct: number;
  observedAt: string;
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  perAttemptTimeoutMs: number;
}

const DEFAULT_POLICY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  perAttemptTimeoutMs: 5_000,
};

export async function withRetry<T>(
  attempt: (signal: AbortSignal) => Promise<T>,
  policy: RetryPolicy = DEFAULT_POLICY,
  outer?: AbortSignal,
): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < policy.attempts; i++) {
    outer?.throwIfAborted();
    const signal = outer
      ? AbortSignal.any([outer, AbortSignal.timeout(policy.perAttemptTimeoutMs)])
      : AbortSignal.timeout(policy.perAttemptTimeoutMs);
    try {
      return await attempt(signal);
    } catch (err) {
      lastError = err;
      if (outer?.aborted) break;
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** i);
      const jitter = Math.random() * backoff * 0.2;
      await sleep(backoff + jitter, undefined, { signal: outer });
    }
  }
  throw new Error(`gave up after ${policy.attempts} attempts`, { cause: lastError });
}

async function fetchReading(baseUrl: string, towerId: string, signal: AbortSignal): Promise<TowerReading> {
  const res = await fetch(`${baseUrl}/towers/${encodeURIComponent(towerId)}/latest`, { signal });
  if (!res.ok) {
    throw new Error(`tower ${towerId}: HTTP ${res.status}`);
  }
  return (await res.json()) as TowerReading;
}

export async function sweepTowers(
  baseUrl: string,
  towerIds: string[],
  signal?: AbortSignal,
): Promise<{ readings: TowerReading[]; unreachable: string[] }> {
  const results = await Promise.allSettled(towerIds.map((id) => withRetry((s) => fetchReading(baseUrl, id, s), DEFAULT_POLICY, signal)));
  const readings: TowerReading[] = [];
  const unreachable: string[] = [];
  results.forEach((r, idx) => {
    if (r.status === 'fulfilled') readings.push(r.value);
    else unreachable.push(towerIds[idx]);
  });
  readings.sort((a, b) => b.smokeIndex - a.smokeIndex);
  return { readings, unreachable };
}
