// expect: no-reused-settled-promise
// tareWithRetry starts balance.tare() once outside the loop and re-awaits that same settled promise on each retry, so the balance is never actually asked to tare again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface AnalyticalBalance {
  readonly serial: string;
  tare(): Promise<{ zeroedAt: number; driftMg: number }>;
  readGrams(): Promise<number>;
}

export interface TareOptions {
  attempts?: number;
  delayMs?: number;
  maxDriftMg?: number;
}

export class TareFailedError extends Error {
  constructor(serial: string, attempts: number, options?: { cause?: unknown }) {
    super(`balance ${serial} failed to tare after ${attempts} attempts`, options);
    this.name = 'TareFailedError';
  }
}

export async function tareWithRetry(
  balance: AnalyticalBalance,
  options: TareOptions = {},
): Promise<{ zeroedAt: number; driftMg: number; attempts: number }> {
  const attempts = options.attempts ?? 3;
  const delayMs = options.delayMs ?? 1_500;
  const maxDrift = options.maxDriftMg ?? 0.3;

  const tare = balance.tare();
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const result = await tare;
      if (Math.abs(result.driftMg) > maxDrift) {
        throw new Error(`drift ${result.driftMg} mg exceeds ${maxDrift} mg`);
      }
      return { ...result, attempts: attempt };
    } catch (err) {
      lastError = err;
      if (attempt < attempts) {
        await sleep(delayMs);
      }
    }
  }
  throw new TareFailedError(balance.serial, attempts, { cause: lastError });
}

export async function weighNet(
  balance: AnalyticalBalance,
  placeSample: () => Promise<void>,
): Promise<number> {
  await tareWithRetry(balance);
  await placeSample();
  const grams = await balance.readGrams();
  return Math.round(grams * 10_000) / 10_000;
}

export function dilutionGrams(materialGrams: number, targetPct: number): number {
  if (targetPct <= 0 || targetPct > 100) {
    throw new RangeError(`target percentage ${targetPct} out of range`);
  }
  return (materialGrams * 100) / targetPct - materialGrams;
}
