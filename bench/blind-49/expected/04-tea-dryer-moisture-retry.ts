// expect: no-reused-settled-promise
// readMoistureWithRetry starts one probe read and awaits that same settled promise on every attempt, so a failed read is never actually retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface MoistureReading {
  dryerId: string;
  leafMoisturePercent: number;
  inletAirC: number;
  outletAirC: number;
  takenAt: Date;
}

export interface DryerBatch {
  dryerId: string;
  grade: 'FTGFOP' | 'BOP' | 'fannings' | 'dust';
  loadedKg: number;
}

declare const dryerProbe: {
  readMoisture(dryerId: string): Promise<MoistureReading>;
};

declare const dryerControl: {
  setInletTemperature(dryerId: string, celsius: number): Promise<void>;
  discharge(dryerId: string): Promise<void>;
};

const TARGET_MOISTURE: Record<DryerBatch['grade'], number> = {
  FTGFOP: 3.0,
  BOP: 3.5,
  fannings: 4.0,
  dust: 4.5,
};

export class ProbeUnavailableError extends Error {
  constructor(dryerId: string, cause: unknown) {
    super(`moisture probe on dryer ${dryerId} did not answer`, { cause });
    this.name = 'ProbeUnavailableError';
  }
}

async function readMoistureWithRetry(dryerId: string, attempts = 4): Promise<MoistureReading> {
  const reading = dryerProbe.readMoisture(dryerId);
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await reading;
    } catch (err) {
      lastError = err;
      await sleep(250 * 2 ** attempt);
    }
  }
  throw new ProbeUnavailableError(dryerId, lastError);
}

function nextInletTemperature(reading: MoistureReading, target: number): number {
  const gap = reading.leafMoisturePercent - target;
  const base = reading.inletAirC;
  if (gap > 10) return Math.min(base + 5, 120);
  if (gap > 3) return Math.min(base + 2, 115);
  if (gap < 0.5) return Math.max(base - 4, 80);
  return base;
}

export async function runDryingCycle(batch: DryerBatch, maxChecks = 40): Promise<MoistureReading> {
  const target = TARGET_MOISTURE[batch.grade];
  for (let check = 0; check < maxChecks; check++) {
    const reading = await readMoistureWithRetry(batch.dryerId);
    if (reading.leafMoisturePercent <= target) {
      await dryerControl.discharge(batch.dryerId);
      return reading;
    }
    if (reading.outletAirC > 60) {
      throw new Error(`dryer ${batch.dryerId} outlet at ${reading.outletAirC} C; stopping to avoid scorching`);
    }
    const inlet = nextInletTemperature(reading, target);
    if (inlet !== reading.inletAirC) {
      await dryerControl.setInletTemperature(batch.dryerId, inlet);
    }
    await sleep(60_000);
  }
  throw new Error(`batch in dryer ${batch.dryerId} did not reach ${target}% moisture after ${maxChecks} checks`);
}
