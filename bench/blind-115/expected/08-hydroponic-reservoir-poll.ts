// expect: none
// Each iteration calls readLevel() again, so the poll awaits a fresh reading every time instead of re-reading one stale result.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ReservoirGauge {
  readLevel(tankId: string): Promise<{ litres: number; capacity: number }>;
}

export interface FillValve {
  open(tankId: string): Promise<void>;
  close(tankId: string): Promise<void>;
}

export interface RefillOptions {
  targetFraction?: number;
  pollMs?: number;
  maxFillMs?: number;
}

export interface RefillReport {
  tankId: string;
  startLitres: number;
  endLitres: number;
  fillMs: number;
}

export async function refillReservoir(
  gauge: ReservoirGauge,
  valve: FillValve,
  tankId: string,
  { targetFraction = 0.9, pollMs = 2_000, maxFillMs = 15 * 60_000 }: RefillOptions = {},
): Promise<RefillReport> {
  const initial = await gauge.readLevel(tankId);
  if (initial.litres >= initial.capacity * targetFraction) {
    return { tankId, startLitres: initial.litres, endLitres: initial.litres, fillMs: 0 };
  }

  const started = Date.now();
  await valve.open(tankId);
  try {
    while (Date.now() - started < maxFillMs) {
      await sleep(pollMs);
      const level = await gauge.readLevel(tankId);
      if (level.litres >= level.capacity * targetFraction) {
        return { tankId, startLitres: initial.litres, endLitres: level.litres, fillMs: Date.now() - started };
      }
    }
    throw new Error(`tank ${tankId} did not reach ${Math.round(targetFraction * 100)}% within ${maxFillMs}ms`);
  } finally {
    await valve.close(tankId);
  }
}

export async function refillAll(
  gauge: ReservoirGauge,
  valve: FillValve,
  tankIds: string[],
): Promise<RefillReport[]> {
  const reports: RefillReport[] = [];
  for (const tankId of tankIds) {
    reports.push(await refillReservoir(gauge, valve, tankId));
  }
  return reports;
}
