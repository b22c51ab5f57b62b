// expect: none
// The moisture reading and the lot lookup are started together and awaited as one Promise.all, so each has a rejection handler from the start.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface MoistureReading {
  percent: number;
  tempC: number;
}

export interface Refractometer {
  measure(sampleId: string): Promise<MoistureReading>;
}

export interface LotRegistry {
  lotFor(batchId: string): Promise<{ lot: string; apiary: string; floral: string; harvestedOn: string }>;
}

export interface LabelData {
  batchId: string;
  lot: string;
  apiary: string;
  floral: string;
  moisture: number;
  bestBefore: string;
  grade: 'A' | 'B' | 'bakery';
}

const MAX_TABLE_HONEY_MOISTURE = 18.6;

export class BatchLabeller {
  constructor(
    private readonly refractometer: Refractometer,
    private readonly lots: LotRegistry,
    private readonly spoolDir: string,
  ) {}

  async label(batchId: string, sampleId: string): Promise<LabelData> {
    const readingPromise = this.refractometer.measure(sampleId);
    const lotPromise = this.lots.lotFor(batchId);
    const [reading, lotInfo] = await Promise.all([readingPromise, lotPromise]);

    const moisture = Math.round(reading.percent * 10) / 10;
    const grade = moisture <= 17.5 ? 'A' : moisture <= MAX_TABLE_HONEY_MOISTURE ? 'B' : 'bakery';
    const harvested = new Date(lotInfo.harvestedOn);
    const bestBefore = new Date(harvested);
    bestBefore.setFullYear(harvested.getFullYear() + 2);

    const data: LabelData = {
      batchId,
      lot: lotInfo.lot,
      apiary: lotInfo.apiary,
      floral: lotInfo.floral,
      moisture,
      bestBefore: bestBefore.toISOString().slice(0, 10),
      grade,
    };
    await writeFile(join(this.spoolDir, `${batchId}.label.json`), JSON.stringify(data));
    return data;
  }
}

export function renderLabel(data: LabelData): string {
  return [
    `${data.floral} honey`,
    `Apiary: ${data.apiary}`,
    `Lot ${data.lot}  Grade ${data.grade}`,
    `Moisture ${data.moisture}%`,
    `Best before ${data.bestBefore}`,
  ].join('\n');
}
