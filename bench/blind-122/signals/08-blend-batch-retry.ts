// expect: none
// The retry loop checks the signal and rethrows AbortError immediately, only retrying ordinary failures, and its backoff sleep is itself cancellable.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BlendOrder {
  formulaId: string;
  batchMl: number;
  concentration: 'edp' | 'edt' | 'extrait';
}

export interface CompoundingRobot {
  compound(order: BlendOrder, opts: { signal: AbortSignal }): Promise<{ lot: string; actualMl: number }>;
}

export interface RetryPolicy {
  attempts: number;
  delayMs: number;
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export async function compoundWithRetry(
  robot: CompoundingRobot,
  order: BlendOrder,
  signal: AbortSignal,
  policy: RetryPolicy = { attempts: 3, delayMs: 2_000 },
): Promise<{ lot: string; actualMl: number; attempts: number }> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    signal.throwIfAborted();
    try {
      const result = await robot.compound(order, { signal });
      return { ...result, attempts: attempt };
    } catch (err) {
      if (isAbort(err) || signal.aborted) {
        throw err;
      }
      lastError = err;
      if (attempt < policy.attempts) {
        await sleep(policy.delayMs * attempt, undefined, { signal });
      }
    }
  }
  throw new Error(`compounding ${order.formulaId} failed after ${policy.attempts} attempts`, {
    cause: lastError,
  });
}

export function concentrateMl(order: BlendOrder): number {
  const ratio = order.concentration === 'extrait' ? 0.3 : order.concentration === 'edp' ? 0.18 : 0.1;
  return Math.round(order.batchMl * ratio * 10) / 10;
}

export async function compoundRun(
  robot: CompoundingRobot,
  orders: BlendOrder[],
  signal: AbortSignal,
): Promise<string[]> {
  const lots: string[] = [];
  for (const order of orders) {
    const { lot } = await compoundWithRetry(robot, order, signal);
    lots.push(lot);
  }
  return lots;
}
