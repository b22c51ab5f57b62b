// expect: require-signal-propagation
// waitForSetpoint checks the signal between polls but awaits timers/promises setTimeout without it, so an abort still waits out the full poll interval.
import { setTimeout as sleep } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void, timeoutMs?: number): void;
declare function beforeEach(fn: () => void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toBeLessThan(n: number): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

interface FreezerProbe {
  readCelsius(): Promise<number>;
}

class SimulatedFreezer extends EventEmitter implements FreezerProbe {
  private temp: number;
  constructor(start: number, private readonly coolingPerRead: number, private readonly floor: number) {
    super();
    this.temp = start;
  }
  async readCelsius(): Promise<number> {
    this.temp = Math.max(this.floor, this.temp - this.coolingPerRead);
    this.emit('read', this.temp);
    return this.temp;
  }
}

async function waitForSetpoint(
  probe: FreezerProbe,
  setpoint: number,
  opts: { signal: AbortSignal; pollMs: number },
): Promise<number> {
  let reads = 0;
  while (!opts.signal.aborted) {
    const t = await probe.readCelsius();
    reads++;
    if (t <= setpoint) return reads;
    await sleep(opts.pollMs);
  }
  throw opts.signal.reason;
}

describe('core storage freezer warm-up guard', () => {
  let freezer: SimulatedFreezer;

  beforeEach(() => {
    freezer = new SimulatedFreezer(-18, 4, -40);
  });

  it('reaches -36C within a handful of polls', async () => {
    const ac = new AbortController();
    const reads = await waitForSetpoint(freezer, -36, { signal: ac.signal, pollMs: 5 });
    expect(reads).toBe(5);
  });

  it('gives up when the transfer window is cancelled', async () => {
    const stuck = new SimulatedFreezer(-18, 0, -18);
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('transfer cancelled')), 30);
    await expect(waitForSetpoint(stuck, -36, { signal: ac.signal, pollMs: 20 })).rejects.toThrow(
      'transfer cancelled',
    );
  });

  it('does not poll an already-cancelled transfer more than once', async () => {
    let reads = 0;
    freezer.on('read', () => reads++);
    const ac = new AbortController();
    ac.abort(new Error('operator stop'));
    await expect(waitForSetpoint(freezer, -36, { signal: ac.signal, pollMs: 5 })).rejects.toThrow('operator stop');
    expect(reads).toBeLessThan(1);
  });
});
