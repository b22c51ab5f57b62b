// expect: no-reused-settled-promise
// readCountersWithRetry starts readCounters() once and re-awaits that same settled promise on every retry, so a failed read can never succeed.
import { setTimeout as delay } from 'node:timers/promises';

export interface LineCounters {
  lineId: string;
  blanksPunched: number;
  buttonsDrilled: number;
  rejects: number;
  sampledAt: number;
}

declare const plcGateway: {
  readCounters(lineId: string): Promise<LineCounters>;
};

declare const shiftLedger: {
  previous(lineId: string): Promise<LineCounters | null>;
  store(counters: LineCounters): Promise<void>;
};

export class PlcReadError extends Error {
  constructor(readonly lineId: string, readonly attempts: number, cause: unknown) {
    super(`could not read counters for ${lineId} after ${attempts} attempts`, { cause });
    this.name = 'PlcReadError';
  }
}

async function readCountersWithRetry(lineId: string, attempts = 3): Promise<LineCounters> {
  const reading = plcGateway.readCounters(lineId);
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await reading;
    } catch (err) {
      lastError = err;
      if (attempt < attempts) await delay(200 * attempt);
    }
  }
  throw new PlcReadError(lineId, attempts, lastError);
}

export interface ShiftYield {
  lineId: string;
  drilled: number;
  rejectRate: number;
  stalled: boolean;
}

function computeYield(now: LineCounters, before: LineCounters | null): ShiftYield {
  const drilled = now.buttonsDrilled - (before?.buttonsDrilled ?? 0);
  const rejects = now.rejects - (before?.rejects ?? 0);
  const punched = now.blanksPunched - (before?.blanksPunched ?? 0);
  return {
    lineId: now.lineId,
    drilled,
    rejectRate: drilled + rejects > 0 ? rejects / (drilled + rejects) : 0,
    stalled: punched === 0 && drilled === 0,
  };
}

export async function closeShift(lineIds: string[]): Promise<ShiftYield[]> {
  const yields: ShiftYield[] = [];
  for (const lineId of lineIds) {
    const before = await shiftLedger.previous(lineId);
    const now = await readCountersWithRetry(lineId);
    await shiftLedger.store(now);
    yields.push(computeYield(now, before));
  }
  return yields;
}

export function summarise(yields: ShiftYield[]): string {
  const total = yields.reduce((sum, y) => sum + y.drilled, 0);
  const worst = [...yields].sort((a, b) => b.rejectRate - a.rejectRate)[0];
  const stalled = yields.filter((y) => y.stalled).map((y) => y.lineId);
  const parts = [`${total} buttons drilled across ${yields.length} lines`];
  if (worst && worst.rejectRate > 0.05) {
    parts.push(`highest reject rate ${(worst.rejectRate * 100).toFixed(1)}% on ${worst.lineId}`);
  }
  if (stalled.length > 0) parts.push(`stalled: ${stalled.join(', ')}`);
  return parts.join('; ');
}
