// expect: none
// Correct: the retry helper receives a factory and invokes it on every attempt, so each retry issues a fresh TLE request.
import { setTimeout as delay } from 'node:timers/promises';

export interface TwoLineElement {
  noradId: number;
  name: string;
  line1: string;
  line2: string;
  epoch: Date;
}

interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  signal?: AbortSignal;
}

declare const celestrak: {
  fetchElements(noradId: number, signal?: AbortSignal): Promise<TwoLineElement>;
};

declare const passPlanner: {
  schedule(antennaId: string, tle: TwoLineElement): Promise<{ aos: Date; los: Date }>;
};

export async function withBackoff<T>(
  operation: (attempt: number) => Promise<T>,
  { attempts, baseDelayMs, signal }: RetryOptions,
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    signal?.throwIfAborted();
    try {
      return await operation(attempt);
    } catch (err) {
      lastError = err;
      if (attempt === attempts) break;
      const jitter = Math.random() * baseDelayMs;
      await delay(baseDelayMs * 2 ** (attempt - 1) + jitter, undefined, { signal });
    }
  }
  throw new Error(`gave up after ${attempts} attempts`, { cause: lastError });
}

export class TleSynchronizer {
  private readonly cache = new Map<number, TwoLineElement>();

  constructor(private readonly antennaId: string, private readonly maxAgeHours = 12) {}

  private isStale(tle: TwoLineElement | undefined): boolean {
    if (!tle) return true;
    const ageMs = Date.now() - tle.epoch.getTime();
    return ageMs > this.maxAgeHours * 3_600_000;
  }

  async elementsFor(noradId: number, signal?: AbortSignal): Promise<TwoLineElement> {
    const cached = this.cache.get(noradId);
    if (!this.isStale(cached)) return cached!;

    const fresh = await withBackoff(
      () => celestrak.fetchElements(noradId, signal),
      { attempts: 4, baseDelayMs: 500, signal },
    );
    this.cache.set(noradId, fresh);
    return fresh;
  }

  async planPasses(satellites: number[]): Promise<Map<number, { aos: Date; los: Date }>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('TLE sync timed out')), 60_000);
    const windows = new Map<number, { aos: Date; los: Date }>();
    try {
      for (const noradId of satellites) {
        const tle = await this.elementsFor(noradId, controller.signal);
        windows.set(noradId, await passPlanner.schedule(this.antennaId, tle));
      }
    } finally {
      clearTimeout(timer);
    }
    return windows;
  }
}
