// expect: no-leaked-race
// rampTo races events.once against a timers/promises sleep with no cancellation, so the losing 30-minute timer (or the 'setpoint-reached' listener) stays alive after every ramp.
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface FurnaceProgramStep {
  name: 'charge' | 'melt' | 'fine' | 'working' | 'idle';
  targetC: number;
  holdMinutes: number;
}

export interface StepLog {
  step: FurnaceProgramStep['name'];
  reachedAt: Date;
  overshootC: number;
}

interface FurnaceController extends EventEmitter {
  readonly furnaceId: string;
  setpoint(celsius: number): void;
  crownTempC(): number;
}

declare function openFurnace(furnaceId: string): FurnaceController;

// Soda-lime batch: charge ~1150°C, melt ~1260°C, fine ~1300°C, then drop to ~1090°C for gathering.
export const STUDIO_PROGRAM: FurnaceProgramStep[] = [
  { name: 'charge', targetC: 1150, holdMinutes: 30 },
  { name: 'melt', targetC: 1260, holdMinutes: 240 },
  { name: 'fine', targetC: 1300, holdMinutes: 120 },
  { name: 'working', targetC: 1090, holdMinutes: 0 },
];

class RampTimeoutError extends Error {
  constructor(furnaceId: string, targetC: number, minutes: number) {
    super(`${furnaceId} did not reach ${targetC}°C within ${minutes} minutes`);
    this.name = 'RampTimeoutError';
  }
}

export class FurnaceProgrammer {
  private readonly furnace: FurnaceController;

  constructor(furnaceId: string, private readonly rampLimitMinutes = 30) {
    this.furnace = openFurnace(furnaceId);
  }

  private async rampTo(targetC: number): Promise<number> {
    this.furnace.setpoint(targetC);
    const [reachedC] = (await Promise.race([
      once(this.furnace, 'setpoint-reached'),
      sleep(this.rampLimitMinutes * 60_000).then(() => {
        throw new RampTimeoutError(this.furnace.furnaceId, targetC, this.rampLimitMinutes);
      }),
    ])) as [number];
    return reachedC;
  }

  async run(program: FurnaceProgramStep[], onStep: (log: StepLog) => void): Promise<StepLog[]> {
    const logs: StepLog[] = [];
    for (const step of program) {
      const reachedC = await this.rampTo(step.targetC);
      const entry: StepLog = { step: step.name, reachedAt: new Date(), overshootC: Math.max(0, reachedC - step.targetC) };
      logs.push(entry);
      onStep(entry);
      if (step.holdMinutes > 0) {
        await sleep(step.holdMinutes * 60_000);
      }
    }
    return logs;
  }

  async coolToIdle(): Promise<void> {
    // Never shut a pot furnace off cold: drop to an idle temperature that protects the crucible.
    await this.rampTo(1000);
  }
}
