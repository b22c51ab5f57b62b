// expect: require-signal-propagation
// waitForServes accepts a signal but never checks it or passes it to sleep, so the AbortSignal.timeout guard in the tests never fires.
import { setTimeout as sleep } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeGreaterThanOrEqual(n: number): void;
  toEqual(expected: unknown): void;
};

interface ServeLog {
  count: number;
  speedsKmh: number[];
}

class SimBallMachine extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  readonly log: ServeLog = { count: 0, speedsKmh: [] };

  start(intervalMs: number, speedKmh: number, spinJitter = 0): void {
    this.stop();
    this.timer = setInterval(() => {
      const speed = speedKmh + (Math.random() - 0.5) * spinJitter;
      this.log.count++;
      this.log.speedsKmh.push(Math.round(speed));
      this.emit('serve', speed);
    }, intervalMs);
  }

  stop(): void {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}

async function waitForServes(
  machine: SimBallMachine,
  count: number,
  { signal }: { signal: AbortSignal },
): Promise<ServeLog> {
  while (machine.log.count < count) {
    await sleep(5);
  }
  return { count: machine.log.count, speedsKmh: machine.log.speedsKmh.slice(0, count) };
}

describe('ball machine serve cadence', () => {
  let machine: SimBallMachine;

  beforeEach(() => {
    machine = new SimBallMachine();
  });

  afterEach(() => {
    machine.stop();
    machine.removeAllListeners();
  });

  it('serves the requested number of balls', async () => {
    machine.start(10, 80);
    const log = await waitForServes(machine, 5, { signal: AbortSignal.timeout(1_000) });
    expect(log.count).toBeGreaterThanOrEqual(5);
    expect(log.speedsKmh).toEqual([80, 80, 80, 80, 80]);
  });

  it('keeps speeds within the jitter band', async () => {
    machine.start(5, 100, 6);
    const log = await waitForServes(machine, 20, { signal: AbortSignal.timeout(1_000) });
    expect(log.speedsKmh.every((s) => s >= 97 && s <= 103)).toBe(true);
  });

  it('restarts cleanly with a new speed', async () => {
    machine.start(10, 60);
    await waitForServes(machine, 2, { signal: AbortSignal.timeout(1_000) });
    machine.start(10, 120);
    const before = machine.log.count;
    const log = await waitForServes(machine, before + 3, { signal: AbortSignal.timeout(1_000) });
    expect(log.speedsKmh.slice(before)).toEqual([120, 120, 120]);
  });

  it('emits one serve event per ball', async () => {
    let events = 0;
    machine.on('serve', () => events++);
    machine.start(5, 90);
    await waitForServes(machine, 4, { signal: AbortSignal.timeout(1_000) });
    machine.stop();
    expect(events).toBe(machine.log.count);
  });
});
