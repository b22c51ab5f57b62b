// expect: none
// The step table deliberately holds function references; runPlan invokes each one (step.run()) and Promise.all receives called promises.
import { setTimeout as sleep } from 'node:timers/promises';

export type Zone = 'north-goal' | 'south-goal' | 'centre' | 'boards';

export interface PassStep {
  name: string;
  run: () => Promise<void>;
  critical: boolean;
}

interface Resurfacer {
  lowerConditioner(): Promise<void>;
  raiseConditioner(): Promise<void>;
  openWashWater(litresPerMin: number): Promise<void>;
  closeWashWater(): Promise<void>;
  driveLap(zone: Zone): Promise<void>;
  squeegeeLevel(): Promise<number>;
}

declare const machine: Resurfacer;

declare const rink: {
  lockGates(): Promise<void>;
  unlockGates(): Promise<void>;
  surfaceTempC(zone: Zone): Promise<number>;
};

declare const log: {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

async function checkSqueegee(): Promise<void> {
  const level = await machine.squeegeeLevel();
  if (level < 0.2) throw new Error(`squeegee blade worn to ${(level * 100).toFixed(0)}%`);
}

function buildPlan(zones: Zone[], washRate: number): PassStep[] {
  const steps: PassStep[] = [
    { name: 'inspect squeegee', run: checkSqueegee, critical: true },
    { name: 'lock gates', run: () => rink.lockGates(), critical: true },
    { name: 'lower conditioner', run: () => machine.lowerConditioner(), critical: true },
    { name: 'open wash water', run: () => machine.openWashWater(washRate), critical: false },
  ];
  for (const zone of zones) {
    steps.push({ name: `lap ${zone}`, run: () => machine.driveLap(zone), critical: false });
  }
  steps.push(
    { name: 'close wash water', run: () => machine.closeWashWater(), critical: true },
    { name: 'raise conditioner', run: () => machine.raiseConditioner(), critical: true },
  );
  return steps;
}

export async function runPlan(steps: PassStep[]): Promise<string[]> {
  const skipped: string[] = [];
  for (const step of steps) {
    try {
      await step.run();
      log.info('resurfacer step done', { step: step.name });
    } catch (err) {
      if (step.critical) throw err;
      log.error('resurfacer step failed, continuing', { step: step.name, err });
      skipped.push(step.name);
    }
  }
  return skipped;
}

export async function resurface(zones: Zone[]): Promise<string[]> {
  const temps = await Promise.all(zones.map((zone) => rink.surfaceTempC(zone)));
  const warmest = Math.max(...temps);
  const washRate = warmest > -3 ? 60 : 80;

  const plan = buildPlan(zones, washRate);
  try {
    return await runPlan(plan);
  } finally {
    await sleep(500);
    await rink.unlockGates();
  }
}
