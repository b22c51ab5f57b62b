// expect: none
// withRetry receives a function and invokes it on every attempt, so each retry sends a fresh arbor-load request instead of re-awaiting the old one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ArborReading {
  lineset: number;
  arborKg: number;
  battenKg: number;
}

export interface LoadCellNetwork {
  readArbor(lineset: number): Promise<ArborReading>;
}

export interface RetryOptions {
  attempts?: number;
  delayMs?: number;
  retryIf?: (err: unknown) => boolean;
}

export async function withRetry<T>(op: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 3;
  const delayMs = options.delayMs ?? 400;
  const retryIf = options.retryIf ?? (() => true);

  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await op();
    } catch (err) {
      lastError = err;
      if (!retryIf(err) || attempt === attempts) break;
      await sleep(delayMs * attempt);
    }
  }
  throw lastError;
}

export type BalanceVerdict = 'balanced' | 'arbor-heavy' | 'batten-heavy';

export function verdict(reading: ArborReading, toleranceKg = 5): BalanceVerdict {
  const diff = reading.arborKg - reading.battenKg;
  if (Math.abs(diff) <= toleranceKg) return 'balanced';
  return diff > 0 ? 'arbor-heavy' : 'batten-heavy';
}

export async function checkCounterweights(
  cells: LoadCellNetwork,
  linesets: number[],
): Promise<Map<number, BalanceVerdict>> {
  const result = new Map<number, BalanceVerdict>();
  for (const lineset of linesets) {
    const reading = await withRetry(() => cells.readArbor(lineset), {
      attempts: 4,
      retryIf: (err) => !(err instanceof RangeError),
    });
    result.set(lineset, verdict(reading));
  }
  return result;
}

export function unsafeToFly(verdicts: Map<number, BalanceVerdict>): number[] {
  return [...verdicts]
    .filter(([, v]) => v !== 'balanced')
    .map(([ls]) => ls)
    .sort((a, b) => a - b);
}
