// expect: no-reused-settled-promise
// runFoldWithRetry starts robot.executeFold once and re-awaits that same settled promise on every retry, so a transient jam is never actually retried.
import { setTimeout as delay } from 'node:timers/promises';

export interface FoldPlan {
  batchId: string;
  dough: 'croissant' | 'danish' | 'puff';
  turn: number;
  foldType: 'letter' | 'book';
  targetThicknessMm: number;
}

export interface FoldResult {
  batchId: string;
  turn: number;
  layers: number;
  measuredThicknessMm: number;
  butterBreaks: number;
}

export class RollerJamError extends Error {
  constructor(readonly station: number) {
    super(`sheeter roller jam at station ${station}`);
  }
}

declare const laminationRobot: {
  executeFold(plan: FoldPlan): Promise<FoldResult>;
  clearRollers(): Promise<void>;
  chillMinutes(batchId: string, minutes: number): Promise<void>;
};

declare const bakeryQa: {
  recordTurn(result: FoldResult): Promise<void>;
};

const MAX_ATTEMPTS = 4;

function layersAfter(turn: number, foldType: FoldPlan['foldType'], butterLayers = 1): number {
  const multiplier = foldType === 'letter' ? 3 : 4;
  let layers = butterLayers + 2;
  for (let i = 0; i < turn; i++) layers = layers * multiplier - (multiplier - 1);
  return layers;
}

export async function runFoldWithRetry(plan: FoldPlan): Promise<FoldResult> {
  const fold = laminationRobot.executeFold(plan);
  let lastJam: RollerJamError | undefined;

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      const result = await fold;
      if (result.measuredThicknessMm > plan.targetThicknessMm * 1.15) {
        throw new Error(`batch ${plan.batchId} turn ${plan.turn} came out too thick: ${result.measuredThicknessMm}mm`);
      }
      return result;
    } catch (err) {
      if (!(err instanceof RollerJamError)) throw err;
      lastJam = err;
      await laminationRobot.clearRollers();
      await delay(500 * attempt);
    }
  }

  throw new Error(`batch ${plan.batchId} turn ${plan.turn}: rollers kept jamming`, { cause: lastJam });
}

export async function laminateBatch(
  batchId: string,
  dough: FoldPlan['dough'],
  turns: number,
  targetThicknessMm: number,
): Promise<FoldResult[]> {
  const results: FoldResult[] = [];
  for (let turn = 1; turn <= turns; turn++) {
    const foldType: FoldPlan['foldType'] = dough === 'puff' && turn % 2 === 0 ? 'book' : 'letter';
    const result = await runFoldWithRetry({ batchId, dough, turn, foldType, targetThicknessMm });
    const expectedLayers = layersAfter(turn, foldType);
    if (result.layers < expectedLayers * 0.9) {
      throw new Error(`batch ${batchId}: only ${result.layers} of ${expectedLayers} layers after turn ${turn}`);
    }
    await bakeryQa.recordTurn(result);
    results.push(result);
    if (turn < turns) {
      await laminationRobot.chillMinutes(batchId, dough === 'croissant' ? 30 : 20);
    }
  }
  return results;
}
