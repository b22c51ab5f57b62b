// expect: no-reused-settled-promise
// waitUntilLoaded reads the hopper status once and re-awaits that same settled promise on every poll iteration.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThanOrEqual(n: number): void;
  rejects: { toThrow(pattern?: RegExp | string): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

interface HopperStatus {
  balls: number;
  jammed: boolean;
  motorReady: boolean;
}

interface BallMachine {
  readStatus(): Promise<HopperStatus>;
  loadBalls(count: number): Promise<void>;
  setPattern(pattern: 'baseline' | 'volley' | 'lob', speedKmh: number): Promise<void>;
}

async function waitUntilLoaded(machine: BallMachine, minBalls: number, attempts = 20): Promise<HopperStatus> {
  const status = machine.readStatus();
  for (let i = 0; i < attempts; i++) {
    const current = await status;
    if (current.jammed) {
      throw new Error('hopper jammed while loading');
    }
    if (current.motorReady && current.balls >= minBalls) {
      return current;
    }
    await sleep(10);
  }
  throw new Error(`hopper not ready after ${attempts} polls`);
}

function makeMachine(statuses: HopperStatus[]): BallMachine {
  let index = 0;
  return {
    readStatus: vi.fn(async () => statuses[Math.min(index++, statuses.length - 1)]),
    loadBalls: vi.fn(async (_count: number) => {}),
    setPattern: vi.fn(async (_pattern: 'baseline' | 'volley' | 'lob', _speed: number) => {}),
  };
}

describe('tennis ball machine loading', () => {
  let warmingUp: HopperStatus[];

  beforeEach(() => {
    warmingUp = [
      { balls: 0, jammed: false, motorReady: false },
      { balls: 30, jammed: false, motorReady: false },
      { balls: 60, jammed: false, motorReady: true },
    ];
  });

  it('returns once the hopper is full and the motor is ready', async () => {
    const machine = makeMachine(warmingUp);
    await machine.loadBalls(60);
    const status = await waitUntilLoaded(machine, 50);
    expect(status.balls).toBeGreaterThanOrEqual(50);
    expect(status.motorReady).toBe(true);
  });

  it('fails fast on a jam', async () => {
    const machine = makeMachine([{ balls: 12, jammed: true, motorReady: true }]);
    await expect(waitUntilLoaded(machine, 50)).rejects.toThrow(/jammed/);
  });

  it('gives up after the polling budget', async () => {
    const machine = makeMachine([{ balls: 3, jammed: false, motorReady: true }]);
    await expect(waitUntilLoaded(machine, 50, 4)).rejects.toThrow(/not ready after 4 polls/);
  });

  it('accepts a drill pattern after loading', async () => {
    const machine = makeMachine(warmingUp);
    await waitUntilLoaded(machine, 60);
    await machine.setPattern('volley', 70);
    expect(await machine.readStatus()).toEqual({ balls: 60, jammed: false, motorReady: true });
  });
});
