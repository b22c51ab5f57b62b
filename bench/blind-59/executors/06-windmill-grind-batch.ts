// expect: no-multiple-settle
// The executor is async and awaits millApi.stoneGap before wiring any listener; if that call rejects, the returned promise never settles.
import { EventEmitter } from 'node:events';

export type Grain = 'wheat' | 'rye' | 'spelt' | 'buckwheat';

export interface GrindBatch {
  batchId: string;
  grain: Grain;
  kilos: number;
  fineness: 'coarse' | 'medium' | 'fine';
}

export interface GrindReport {
  batchId: string;
  flourKilos: number;
  branKilos: number;
  sailRpm: number;
}

interface GrindJob extends EventEmitter {
  readonly id: string;
}

declare const millApi: {
  stoneGap(millId: string): Promise<number>;
  windSpeed(millId: string): Promise<number>;
};
declare const millstones: {
  start(millId: string, settings: { gapMm: number; feedRate: number; batch: GrindBatch }): GrindJob;
};

const FEED_RATE: Record<Grain, number> = { wheat: 1.0, rye: 0.85, spelt: 0.9, buckwheat: 0.6 };
const TARGET_GAP: Record<GrindBatch['fineness'], number> = { coarse: 1.2, medium: 0.7, fine: 0.35 };

export class JamError extends Error {
  constructor(readonly batchId: string, readonly atKilos: number) {
    super(`millstones jammed on batch ${batchId} after ${atKilos.toFixed(1)}kg`);
  }
}

export function grindBatch(millId: string, batch: GrindBatch): Promise<GrindReport> {
  return new Promise<GrindReport>(async (resolve, reject) => {
    const currentGap = await millApi.stoneGap(millId);
    const gapMm = Math.abs(currentGap - TARGET_GAP[batch.fineness]) < 0.05 ? currentGap : TARGET_GAP[batch.fineness];

    const job = millstones.start(millId, { gapMm, feedRate: FEED_RATE[batch.grain], batch });

    job.once('done', (result: { flour: number; bran: number; rpm: number }) => {
      job.removeAllListeners();
      resolve({ batchId: batch.batchId, flourKilos: result.flour, branKilos: result.bran, sailRpm: result.rpm });
    });
    job.once('jam', (atKilos: number) => {
      job.removeAllListeners();
      reject(new JamError(batch.batchId, atKilos));
    });
    job.once('error', (err: Error) => {
      job.removeAllListeners();
      reject(err);
    });
  });
}

export async function grindDay(millId: string, batches: GrindBatch[]): Promise<GrindReport[]> {
  const wind = await millApi.windSpeed(millId);
  if (wind < 4) {
    throw new Error(`mill ${millId}: wind ${wind}m/s too low to turn the sails`);
  }

  const reports: GrindReport[] = [];
  for (const batch of batches) {
    try {
      reports.push(await grindBatch(millId, batch));
    } catch (err) {
      if (err instanceof JamError) {
        // a jam ruins the batch but the stones are cleared by the miller, continue
        continue;
      }
      throw err;
    }
  }
  return reports;
}
