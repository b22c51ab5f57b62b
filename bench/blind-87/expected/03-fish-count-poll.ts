// expect: none
// pollUntil() takes a factory and calls it on every attempt, so each poll makes a fresh request instead of re-reading one settled promise.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CountWindow {
  ladderId: string;
  from: string;
  to: string;
  status: 'pending' | 'processing' | 'complete' | 'failed';
  counts?: Record<string, number>;
}

declare const videoCounter: {
  requestCount(ladderId: string, from: string, to: string): Promise<{ jobId: string }>;
  getJob(jobId: string): Promise<CountWindow>;
};

export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
  signal?: AbortSignal;
}

export async function pollUntil<T>(
  attempt: () => Promise<T>,
  isDone: (value: T) => boolean,
  { intervalMs, timeoutMs, signal }: PollOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt();
    if (isDone(value)) return value;
    if (Date.now() + intervalMs > deadline) {
      throw new Error(`still not done after ${timeoutMs}ms`);
    }
    await sleep(intervalMs, undefined, { signal });
  }
}

export async function countFishPassage(
  ladderId: string,
  from: string,
  to: string,
  signal?: AbortSignal,
): Promise<Record<string, number>> {
  const { jobId } = await videoCounter.requestCount(ladderId, from, to);
  const job = await pollUntil(
    () => videoCounter.getJob(jobId),
    (j) => j.status === 'complete' || j.status === 'failed',
    { intervalMs: 5_000, timeoutMs: 10 * 60_000, signal },
  );
  if (job.status === 'failed' || !job.counts) {
    throw new Error(`video count for ${ladderId} ${from}..${to} failed`);
  }
  return job.counts;
}

export function passageRate(counts: Record<string, number>, hours: number): Record<string, number> {
  const rate: Record<string, number> = {};
  for (const [species, n] of Object.entries(counts)) rate[species] = Math.round((n / hours) * 10) / 10;
  return rate;
}
