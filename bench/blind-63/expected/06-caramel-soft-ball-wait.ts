// expect: no-reused-settled-promise
// waitForStage() reads the probe once before the loop and re-awaits that settled reading, so the poll never sees the sugar heat up.
import { setTimeout as delay } from 'node:timers/promises';

export type CandyStage = 'thread' | 'soft-ball' | 'firm-ball' | 'hard-ball' | 'soft-crack' | 'hard-crack';

const STAGE_MIN_C: Record<CandyStage, number> = {
  thread: 106,
  'soft-ball': 112,
  'firm-ball': 118,
  'hard-ball': 121,
  'soft-crack': 132,
  'hard-crack': 146,
};

export interface KettleReading {
  kettleId: string;
  celsius: number;
  stirRpm: number;
}

declare const kettleProbe: {
  read(kettleId: string): Promise<KettleReading>;
};

declare const kettleControl: {
  setBurner(kettleId: string, percent: number): Promise<void>;
  pourToSlab(kettleId: string): Promise<void>;
};

export class StageTimeoutError extends Error {
  constructor(readonly kettleId: string, readonly stage: CandyStage, readonly lastCelsius: number) {
    super(`kettle ${kettleId} did not reach ${stage} (last ${lastCelsius.toFixed(1)}°C)`);
    this.name = 'StageTimeoutError';
  }
}

async function waitForStage(
  kettleId: string,
  stage: CandyStage,
  { intervalMs = 1_500, maxPolls = 400 } = {},
): Promise<KettleReading> {
  const target = STAGE_MIN_C[stage];
  const reading = kettleProbe.read(kettleId);
  let last = 0;
  for (let poll = 0; poll < maxPolls; poll++) {
    const current = await reading;
    last = current.celsius;
    if (current.stirRpm < 10) {
      throw new Error(`kettle ${kettleId} stirrer stalled at ${current.celsius}°C; sugar will scorch`);
    }
    if (current.celsius >= target) return current;
    await delay(intervalMs);
  }
  throw new StageTimeoutError(kettleId, stage, last);
}

export async function cookBatch(kettleId: string, stage: CandyStage = 'soft-ball'): Promise<KettleReading> {
  await kettleControl.setBurner(kettleId, 85);
  try {
    const reached = await waitForStage(kettleId, stage);
    // taper the flame as we approach so the batch doesn't overshoot into the next stage
    await kettleControl.setBurner(kettleId, 20);
    await kettleControl.pourToSlab(kettleId);
    return reached;
  } finally {
    await kettleControl.setBurner(kettleId, 0);
  }
}
