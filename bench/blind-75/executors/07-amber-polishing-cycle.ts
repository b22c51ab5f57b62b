// expect: no-multiple-settle
// The async executor awaits the grit profile first; if that load rejects, nothing ever calls resolve or reject.
import { EventEmitter } from 'node:events';

export type AmberGrade = 'baltic-rough' | 'baltic-clear' | 'dominican-blue' | 'copal';

export interface GritProfile {
  grade: AmberGrade;
  stages: { grit: number; minutes: number; rpm: number }[];
  maxDrumTempC: number;
}

export interface CycleResult {
  drumId: string;
  batchId: string;
  stagesCompleted: number;
  peakTempC: number;
  lossPercent: number;
}

export interface AmberBatch {
  batchId: string;
  grade: AmberGrade;
  weightGrams: number;
}

interface DrumHandle extends EventEmitter {
  load(batch: AmberBatch): void;
  start(stages: GritProfile['stages'], limits: { maxTempC: number }): void;
  stop(): void;
}

declare const gritProfiles: {
  load(grade: AmberGrade): Promise<GritProfile>;
};

declare const drumController: {
  open(drumId: string): DrumHandle;
  release(handle: DrumHandle): void;
};

declare const workshopLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

export class DrumOverheatError extends Error {
  constructor(readonly drumId: string, readonly tempC: number) {
    super(`drum ${drumId} overheated at ${tempC.toFixed(1)}°C`);
    this.name = 'DrumOverheatError';
  }
}

export function runPolishCycle(drumId: string, batch: AmberBatch): Promise<CycleResult> {
  return new Promise<CycleResult>(async (resolve, reject) => {
    const profile = await gritProfiles.load(batch.grade);
    const drum = drumController.open(drumId);
    let peakTempC = 0;
    let stagesCompleted = 0;

    const finish = () => {
      drum.removeAllListeners();
      drumController.release(drum);
    };

    drum.on('temperature', (tempC: number) => {
      peakTempC = Math.max(peakTempC, tempC);
      if (tempC > profile.maxDrumTempC) {
        drum.stop();
        finish();
        reject(new DrumOverheatError(drumId, tempC));
      }
    });
    drum.on('stage-complete', () => {
      stagesCompleted += 1;
    });
    drum.once('cycle-complete', (finalWeightGrams: number) => {
      finish();
      resolve({
        drumId,
        batchId: batch.batchId,
        stagesCompleted,
        peakTempC,
        lossPercent: ((batch.weightGrams - finalWeightGrams) / batch.weightGrams) * 100,
      });
    });
    drum.once('error', (error: Error) => {
      finish();
      reject(error);
    });

    drum.load(batch);
    drum.start(profile.stages, { maxTempC: profile.maxDrumTempC });
  });
}

export async function polishQueue(drumId: string, batches: AmberBatch[]): Promise<CycleResult[]> {
  const results: CycleResult[] = [];
  for (const batch of batches) {
    const result = await runPolishCycle(drumId, batch);
    workshopLog.info('batch polished', { ...result });
    results.push(result);
  }
  return results;
}
