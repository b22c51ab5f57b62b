// expect: no-uncalled-async-function
// The 'anneal' step's run returns kiln.anneal (the method) instead of calling it; the runner awaits a function, so the anneal soak is silently skipped before cooling.
export interface KilnDriver {
  preheat(targetC: number): Promise<void>;
  fuse(targetC: number, holdMin: number): Promise<void>;
  anneal(): Promise<void>;
  coolTo(targetC: number): Promise<void>;
  currentTemp(): Promise<number>;
  unlock(): Promise<void>;
}

export interface FiringStep {
  name: string;
  run: (kiln: KilnDriver) => unknown;
}

export interface StepLog {
  name: string;
  startedAt: Date;
  finishedAt: Date;
  tempAfterC: number;
}

export function fullFuseSteps(fuseC = 804): FiringStep[] {
  return [
    { name: 'preheat', run: (k) => k.preheat(540) },
    { name: 'fuse', run: (k) => k.fuse(fuseC, 10) },
    { name: 'anneal', run: (k) => k.anneal },
    { name: 'cool', run: (k) => k.coolTo(38) },
  ];
}

export function tackFuseSteps(): FiringStep[] {
  return [
    { name: 'preheat', run: (k) => k.preheat(540) },
    { name: 'tack', run: (k) => k.fuse(720, 15) },
    { name: 'anneal', run: (k) => k.anneal() },
    { name: 'cool', run: (k) => k.coolTo(38) },
  ];
}

export async function runFiring(
  kiln: KilnDriver,
  steps: FiringStep[],
  onStep?: (log: StepLog) => void,
): Promise<StepLog[]> {
  const logs: StepLog[] = [];
  for (const step of steps) {
    const startedAt = new Date();
    await step.run(kiln);
    const log: StepLog = {
      name: step.name,
      startedAt,
      finishedAt: new Date(),
      tempAfterC: await kiln.currentTemp(),
    };
    logs.push(log);
    onStep?.(log);
  }
  const finalTemp = await kiln.currentTemp();
  if (finalTemp > 50) {
    throw new Error(`kiln still at ${finalTemp}C after ${steps.at(-1)?.name}; not unlocking`);
  }
  await kiln.unlock();
  return logs;
}
