// expect: none
// retry() receives a factory and calls it on every attempt, so each retry is a fresh availability request.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ShoePair {
  pairId: string;
  size: 'S' | 'M' | 'L' | 'XL';
  bindings: 'strap' | 'ratchet';
  condition: 'good' | 'worn' | 'repair';
}

export interface Availability {
  desk: string;
  pairs: ShoePair[];
  asOf: Date;
}

declare const deskApi: {
  available(desk: string, date: string): Promise<ShoePair[]>;
  hold(desk: string, pairIds: string[], customer: string): Promise<{ holdId: string; expiresAt: Date }>;
};

interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  retryOn: (err: unknown) => boolean;
}

async function retry<T>(operation: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < opts.attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (!opts.retryOn(err)) throw err;
      await sleep(opts.baseDelayMs * 2 ** attempt);
    }
  }
  throw lastError;
}

const transient = (err: unknown): boolean =>
  err instanceof Error && /ECONNRESET|ETIMEDOUT|429/.test(err.message);

export async function availability(desk: string, date: string): Promise<Availability> {
  const pairs = await retry(() => deskApi.available(desk, date), {
    attempts: 3,
    baseDelayMs: 400,
    retryOn: transient,
  });
  return { desk, pairs: pairs.filter((p) => p.condition !== 'repair'), asOf: new Date() };
}

export async function holdForGroup(
  desk: string,
  date: string,
  customer: string,
  sizes: ShoePair['size'][],
): Promise<{ holdId: string; pairIds: string[] }> {
  const { pairs } = await availability(desk, date);
  const chosen: string[] = [];
  const remaining = [...pairs].sort((a, b) => (a.condition === 'good' ? -1 : 0) - (b.condition === 'good' ? -1 : 0));
  for (const size of sizes) {
    const index = remaining.findIndex((p) => p.size === size);
    if (index === -1) throw new Error(`desk ${desk} has no ${size} snowshoes left on ${date}`);
    chosen.push(remaining[index].pairId);
    remaining.splice(index, 1);
  }
  const { holdId } = await retry(() => deskApi.hold(desk, chosen, customer), {
    attempts: 2,
    baseDelayMs: 250,
    retryOn: transient,
  });
  return { holdId, pairIds: chosen };
}
