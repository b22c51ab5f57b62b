// expect: none
// The readers are handed to withRetry() as functions because withRetry expects a factory it can call once per attempt, and the Promise.all over the two drums calls weigh() for each, so every place that needs a promise gets one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LoadCell {
  readKg(): Promise<number>;
  tare(): Promise<void>;
}

export interface Drum {
  id: string;
  cell: LoadCell;
  emptyKg: number;
}

export interface DrumWeight {
  drumId: string;
  grossKg: number;
  honeyKg: number;
}

export async function withRetry<T>(attempt: () => Promise<T>, tries = 3, pauseMs = 200): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      if (i < tries - 1) await sleep(pauseMs);
    }
  }
  throw lastError;
}

async function stableReading(cell: LoadCell, samples = 5): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < samples; i++) {
    readings.push(await cell.readKg());
    await sleep(100);
  }
  const spread = Math.max(...readings) - Math.min(...readings);
  if (spread > 0.2) throw new Error(`load cell unstable: spread ${spread.toFixed(2)} kg`);
  return readings.reduce((a, b) => a + b, 0) / readings.length;
}

export async function weigh(drum: Drum): Promise<DrumWeight> {
  const grossKg = await withRetry(() => stableReading(drum.cell));
  return {
    drumId: drum.id,
    grossKg: Math.round(grossKg * 100) / 100,
    honeyKg: Math.max(0, Math.round((grossKg - drum.emptyKg) * 100) / 100),
  };
}

export async function weighPair(left: Drum, right: Drum): Promise<{ total: number; drums: DrumWeight[] }> {
  await Promise.all([left.cell.tare(), right.cell.tare()]);
  const drums = await Promise.all([weigh(left), weigh(right)]);
  return { total: drums.reduce((sum, d) => sum + d.honeyKg, 0), drums };
}

export function bottlingPlan(weights: DrumWeight[], jarGrams = 454): string[] {
  return weights.map((w) => {
    const jars = Math.floor((w.honeyKg * 1000) / jarGrams);
    return `${w.drumId}: ${w.honeyKg} kg -> ${jars} x ${jarGrams} g jars`;
  });
}
