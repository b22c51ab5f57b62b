// expect: no-swallowed-abort
// GroutMixer.runCycle catches the AbortError from the stage wait and breaks out of the loop, returning a normal partial result, so callers cannot tell a cancelled cycle from a finished one.
import { setTimeout as wait } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeLessThan(n: number): void;
};

interface Stage {
  name: 'dry-blend' | 'wet-mix' | 'slake' | 'remix';
  rpm: number;
  seconds: number;
}

interface CycleResult {
  stagesRun: Stage['name'][];
  waterMl: number;
}

class GroutMixer {
  readonly rpmLog: number[] = [];

  constructor(private readonly secondsToMs: number) {}

  private setRpm(rpm: number): void {
    this.rpmLog.push(rpm);
  }

  async runCycle(stages: readonly Stage[], kg: number, signal: AbortSignal): Promise<CycleResult> {
    const result: CycleResult = { stagesRun: [], waterMl: 0 };
    for (const stage of stages) {
      this.setRpm(stage.rpm);
      if (stage.name === 'wet-mix') {
        result.waterMl += Math.round(kg * 220);
      }
      try {
        await wait(stage.seconds * this.secondsToMs, undefined, { signal });
      } catch (err) {
        if ((err as Error).name === 'AbortError') break;
        throw err;
      }
      result.stagesRun.push(stage.name);
    }
    this.setRpm(0);
    return result;
  }
}

const STANDARD: Stage[] = [
  { name: 'dry-blend', rpm: 150, seconds: 30 },
  { name: 'wet-mix', rpm: 300, seconds: 180 },
  { name: 'slake', rpm: 0, seconds: 600 },
  { name: 'remix', rpm: 300, seconds: 60 },
];

describe('GroutMixer', () => {
  let mixer: GroutMixer;

  beforeEach(() => {
    mixer = new GroutMixer(0.01);
  });

  it('runs every stage of the standard cycle in order', async () => {
    const result = await mixer.runCycle(STANDARD, 10, new AbortController().signal);
    expect(result.stagesRun).toEqual(['dry-blend', 'wet-mix', 'slake', 'remix']);
    expect(result.waterMl).toBe(2200);
  });

  it('always stops the paddle at the end', async () => {
    await mixer.runCycle(STANDARD.slice(0, 2), 5, new AbortController().signal);
    expect(mixer.rpmLog).toEqual([150, 300, 0]);
  });

  it('stops the paddle when the operator cancels mid-slake', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 3);
    const result = await mixer.runCycle(STANDARD, 10, controller.signal);
    expect(result.stagesRun.length).toBeLessThan(STANDARD.length);
    expect(mixer.rpmLog[mixer.rpmLog.length - 1]).toBe(0);
  });
});
