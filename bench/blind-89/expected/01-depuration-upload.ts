// expect: no-reused-settled-promise
// withRetry receives an already-started promise and awaits that same promise on every attempt, so a failed upload is never actually re-sent.
import { setTimeout as sleep } from 'node:timers/promises';

export interface DepurationCycle {
  tankId: string;
  lotId: string;
  startedAt: string;
  endedAt: string;
  uvDoseMjCm2: number;
  minSalinityPpt: number;
  eColiMpn100g: number | null;
}

declare const foodSafetyPortal: {
  submitCycle(cycle: DepurationCycle): Promise<{ receipt: string }>;
};
declare const localLog: {
  pending(): Promise<DepurationCycle[]>;
  markSubmitted(lotId: string, receipt: string): Promise<void>;
  markFailed(lotId: string, reason: string): Promise<void>;
};

async function withRetry<T>(task: Promise<T>, attempts = 4, baseDelayMs = 1500): Promise<T> {
  let lastErr: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task;
    } catch (err) {
      lastErr = err;
      if (i < attempts - 1) {
        await sleep(baseDelayMs * 2 ** i);
      }
    }
  }
  throw lastErr;
}

function validate(cycle: DepurationCycle): string | null {
  const hours = (Date.parse(cycle.endedAt) - Date.parse(cycle.startedAt)) / 3_600_000;
  if (hours < 42) return `only ${hours.toFixed(1)}h in tank, 42h required`;
  if (cycle.minSalinityPpt < 20) return `salinity dipped to ${cycle.minSalinityPpt}ppt`;
  if (cycle.eColiMpn100g !== null && cycle.eColiMpn100g > 230) return 'E. coli above class A limit';
  return null;
}

export async function submitPendingCycles(): Promise<{ submitted: number; failed: number }> {
  const cycles = await localLog.pending();
  let submitted = 0;
  let failed = 0;

  for (const cycle of cycles) {
    const problem = validate(cycle);
    if (problem) {
      await localLog.markFailed(cycle.lotId, problem);
      failed += 1;
      continue;
    }
    try {
      const { receipt } = await withRetry(foodSafetyPortal.submitCycle(cycle));
      await localLog.markSubmitted(cycle.lotId, receipt);
      submitted += 1;
    } catch (err) {
      await localLog.markFailed(cycle.lotId, err instanceof Error ? err.message : String(err));
      failed += 1;
    }
  }

  return { submitted, failed };
}
