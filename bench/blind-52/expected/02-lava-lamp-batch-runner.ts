// expect: none
// Step functions are passed uncalled on purpose: runSequential takes factories and calls each one, awaiting its result.
export interface LampBatch {
  batchId: string;
  waxColour: string;
  fluidColour: string;
  units: number;
}

export interface StepOutcome {
  step: string;
  ms: number;
}

type BatchStep = (batch: LampBatch) => Promise<void>;

declare const waxKettle: {
  melt(colour: string, kg: number): Promise<void>;
  pour(batchId: string, units: number): Promise<number>;
};

declare const fluidMixer: {
  blend(colour: string, litres: number): Promise<void>;
  densityDelta(batchId: string): Promise<number>;
};

declare const bottling: {
  fill(batchId: string, units: number): Promise<void>;
  cap(batchId: string): Promise<void>;
};

declare const qa: {
  flowTest(batchId: string, sample: number): Promise<boolean[]>;
  record(batchId: string, outcomes: StepOutcome[]): Promise<void>;
};

const WAX_KG_PER_UNIT = 0.08;
const FLUID_L_PER_UNIT = 0.35;

const meltWax: BatchStep = async (batch) => {
  await waxKettle.melt(batch.waxColour, batch.units * WAX_KG_PER_UNIT);
};

const mixFluid: BatchStep = async (batch) => {
  await fluidMixer.blend(batch.fluidColour, batch.units * FLUID_L_PER_UNIT);
  const delta = await fluidMixer.densityDelta(batch.batchId);
  if (Math.abs(delta) > 0.015) {
    throw new Error(`batch ${batch.batchId} density off by ${delta}`);
  }
};

const fillAndCap: BatchStep = async (batch) => {
  await bottling.fill(batch.batchId, batch.units);
  await bottling.cap(batch.batchId);
};

const sampleFlow: BatchStep = async (batch) => {
  const results = await qa.flowTest(batch.batchId, Math.ceil(batch.units / 50));
  const failures = results.filter((ok) => !ok).length;
  if (failures > results.length / 10) {
    throw new Error(`batch ${batch.batchId}: ${failures}/${results.length} lamps failed flow test`);
  }
};

async function runSequential(
  batch: LampBatch,
  steps: ReadonlyArray<readonly [string, BatchStep]>,
): Promise<StepOutcome[]> {
  const outcomes: StepOutcome[] = [];
  for (const [name, step] of steps) {
    const started = performance.now();
    await step(batch);
    outcomes.push({ step: name, ms: Math.round(performance.now() - started) });
  }
  return outcomes;
}

export async function produceBatch(batch: LampBatch): Promise<StepOutcome[]> {
  await Promise.all([meltWax(batch), mixFluid(batch)]);
  const outcomes = await runSequential(batch, [
    ['fill-and-cap', fillAndCap],
    ['flow-sample', sampleFlow],
  ]);
  await qa.record(batch.batchId, outcomes);
  return outcomes;
}

export function slowestStep(outcomes: readonly StepOutcome[]): StepOutcome | undefined {
  return outcomes.reduce<StepOutcome | undefined>((worst, o) => (!worst || o.ms > worst.ms ? o : worst), undefined);
}
