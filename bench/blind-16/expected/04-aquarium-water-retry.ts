// expect: none
// The generic retry helper invokes the factory on every attempt, so each retry issues a fresh probe request.
import { setTimeout as sleep } from 'node:timers/promises';

export interface WaterSample {
  tankId: string;
  phLevel: number;
  ammoniaPpm: number;
  nitritePpm: number;
  tempC: number;
}

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  signal?: AbortSignal;
  onRetry?: (attempt: number, err: unknown) => void;
}

declare function readProbe(tankId: string, signal?: AbortSignal): Promise<WaterSample>;
declare function notifyAquarist(tankId: string, message: string): Promise<void>;

export async function withRetry<T>(
  task: (signal?: AbortSignal) => Promise<T>,
  { attempts, baseDelayMs, signal, onRetry }: RetryOptions,
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    signal?.throwIfAborted();
    try {
      return await task(signal);
    } catch (err) {
      lastError = err;
      if (attempt === attempts) break;
      onRetry?.(attempt, err);
      const jitter = Math.random() * baseDelayMs;
      await sleep(baseDelayMs * 2 ** (attempt - 1) + jitter, undefined, { signal });
    }
  }
  throw lastError;
}

const LIMITS = {
  ph: [6.8, 8.4] as const,
  ammoniaPpm: 0.25,
  nitritePpm: 0.5,
};

export async function checkTank(tankId: string, signal?: AbortSignal): Promise<string[]> {
  const sample = await withRetry((s) => readProbe(tankId, s), {
    attempts: 3,
    baseDelayMs: 400,
    signal,
    onRetry: (n, err) => console.warn(`probe ${tankId} attempt ${n} failed`, err),
  });

  const problems: string[] = [];
  if (sample.phLevel < LIMITS.ph[0] || sample.phLevel > LIMITS.ph[1]) {
    problems.push(`pH ${sample.phLevel.toFixed(2)} out of range`);
  }
  if (sample.ammoniaPpm > LIMITS.ammoniaPpm) problems.push(`ammonia ${sample.ammoniaPpm} ppm`);
  if (sample.nitritePpm > LIMITS.nitritePpm) problems.push(`nitrite ${sample.nitritePpm} ppm`);

  if (problems.length > 0) {
    await notifyAquarist(tankId, problems.join('; '));
  }
  return problems;
}

export async function checkAllTanks(tankIds: string[]): Promise<Map<string, string[]>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 60_000);
  try {
    const results = await Promise.all(tankIds.map((id) => checkTank(id, controller.signal)));
    return new Map(tankIds.map((id, i) => [id, results[i]]));
  } finally {
    clearTimeout(timer);
  }
}
