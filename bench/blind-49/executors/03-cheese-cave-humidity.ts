// expect: no-multiple-settle
// The success path clears the timer but leaves the 'reading' listener attached, so every later qualifying reading calls resolve again.
import { EventEmitter } from 'node:events';

export interface CaveReading {
  chamber: string;
  relativeHumidity: number;
  temperatureC: number;
  takenAt: number;
}

export interface AgingBatch {
  id: string;
  style: 'alpine' | 'bloomy' | 'washed-rind' | 'blue';
  chamber: string;
  wheels: number;
}

declare const caveSensors: EventEmitter & {
  subscribe(chamber: string): void;
  unsubscribe(chamber: string): void;
};

declare const misting: {
  setTarget(chamber: string, relativeHumidity: number): Promise<void>;
};

const humidityTargets: Record<AgingBatch['style'], number> = {
  alpine: 88,
  bloomy: 94,
  'washed-rind': 95,
  blue: 92,
};

export class HumidityTimeoutError extends Error {
  constructor(chamber: string, target: number, timeoutMs: number) {
    super(`chamber ${chamber} did not reach ${target}% RH within ${timeoutMs} ms`);
    this.name = 'HumidityTimeoutError';
  }
}

function waitForHumidity(chamber: string, target: number, timeoutMs: number): Promise<CaveReading> {
  return new Promise((resolve, reject) => {
    const onReading = (reading: CaveReading) => {
      if (reading.chamber !== chamber) return;
      if (Math.abs(reading.relativeHumidity - target) <= 1.5) {
        clearTimeout(timer);
        caveSensors.unsubscribe(chamber);
        resolve(reading);
      }
    };
    const timer = setTimeout(() => {
      caveSensors.off('reading', onReading);
      caveSensors.unsubscribe(chamber);
      reject(new HumidityTimeoutError(chamber, target, timeoutMs));
    }, timeoutMs);
    caveSensors.on('reading', onReading);
    caveSensors.subscribe(chamber);
  });
}

export interface PlacementReport {
  batchId: string;
  chamber: string;
  settledAt: Date;
  reading: CaveReading;
}

export async function placeBatch(batch: AgingBatch, timeoutMs = 20 * 60_000): Promise<PlacementReport> {
  const target = humidityTargets[batch.style];
  await misting.setTarget(batch.chamber, target);
  const reading = await waitForHumidity(batch.chamber, target, timeoutMs);
  if (reading.temperatureC < 8 || reading.temperatureC > 14) {
    throw new Error(
      `chamber ${batch.chamber} is at ${reading.temperatureC.toFixed(1)} C; refusing to place ${batch.wheels} wheels`,
    );
  }
  return {
    batchId: batch.id,
    chamber: batch.chamber,
    settledAt: new Date(reading.takenAt),
    reading,
  };
}

export async function placeAll(batches: AgingBatch[]): Promise<PlacementReport[]> {
  const byChamber = new Map<string, AgingBatch[]>();
  for (const batch of batches) {
    const list = byChamber.get(batch.chamber) ?? [];
    list.push(batch);
    byChamber.set(batch.chamber, list);
  }
  const reports: PlacementReport[] = [];
  for (const [, queue] of byChamber) {
    for (const batch of queue) {
      reports.push(await placeBatch(batch));
    }
  }
  return reports;
}
