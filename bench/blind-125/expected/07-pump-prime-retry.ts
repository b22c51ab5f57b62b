// expect: no-reused-settled-promise
// retryOperation receives an already-started promise and awaits it again on every attempt, so after the first failed prime it just re-reads the same rejection instead of priming again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PondPumpController {
  prime(pumpId: string): Promise<{ flowLph: number }>;
  ventAir(pumpId: string): Promise<void>;
  status(pumpId: string): Promise<'stopped' | 'running' | 'airlocked'>;
}

export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
  onRetry?: (attempt: number, err: unknown) => void | Promise<void>;
}

export async function retryOperation<T>(operation: Promise<T>, policy: RetryPolicy): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await operation;
    } catch (err) {
      lastError = err;
      if (attempt < policy.attempts) {
        await policy.onRetry?.(attempt, err);
        await sleep(policy.backoffMs * attempt);
      }
    }
  }
  throw lastError;
}

export interface PrimeOutcome {
  pumpId: string;
  flowLph: number;
  ventedTimes: number;
}

export async function primeAfterCleaning(pumps: PondPumpController, pumpId: string): Promise<PrimeOutcome> {
  let ventedTimes = 0;
  const { flowLph } = await retryOperation(pumps.prime(pumpId), {
    attempts: 4,
    backoffMs: 5_000,
    onRetry: async () => {
      if ((await pumps.status(pumpId)) === 'airlocked') {
        await pumps.ventAir(pumpId);
        ventedTimes++;
      }
    },
  });
  if (flowLph < 3_000) {
    throw new Error(`pump ${pumpId} primed but only moving ${flowLph} L/h; check the pre-filter basket`);
  }
  return { pumpId, flowLph, ventedTimes };
}

export function turnoverHours(pondLitres: number, flowLph: number): number {
  return pondLitres / flowLph;
}
