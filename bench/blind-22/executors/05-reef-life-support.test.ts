// expect: none
// waitForState listens for the target state, 'fault' and a timeout, settles once, and removes every listener and the timer in each path.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};

type LoopState = 'idle' | 'circulating' | 'dosing' | 'stable';

class LifeSupportLoop extends EventEmitter {
  state: LoopState = 'idle';
  constructor(private readonly readTemp: () => number) {
    super();
  }
  tick(): void {
    const t = this.readTemp();
    if (t < 20 || t > 30) {
      this.emit('fault', new Error(`tank temperature out of range: ${t.toFixed(1)}C`));
      return;
    }
    const next: LoopState = this.state === 'idle' ? 'circulating' : this.state === 'circulating' ? 'dosing' : 'stable';
    this.state = next;
    this.emit('state', next);
  }
}

function waitForState(loop: LifeSupportLoop, target: LoopState, timeoutMs = 500): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onState = (s: LoopState) => {
      if (s !== target) return;
      done();
      resolve();
    };
    const onFault = (err: Error) => {
      done();
      reject(err);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`loop did not reach ${target} within ${timeoutMs}ms (at ${loop.state})`));
    }, timeoutMs);
    function done() {
      clearTimeout(timer);
      loop.off('state', onState);
      loop.off('fault', onFault);
    }
    loop.on('state', onState);
    loop.on('fault', onFault);
  });
}

describe('reef tank life support loop', () => {
  it('reaches stable after circulating and dosing', async () => {
    const loop = new LifeSupportLoop(() => 25.4);
    const ready = waitForState(loop, 'stable');
    const ticker = setInterval(() => loop.tick(), 10);
    try {
      await ready;
    } finally {
      clearInterval(ticker);
    }
    expect(loop.state).toBe('stable');
    expect(loop.listenerCount('state')).toBe(0);
  });

  it('surfaces a heater fault instead of waiting forever', async () => {
    let temp = 26;
    const loop = new LifeSupportLoop(() => (temp += 3));
    const ticker = setInterval(() => loop.tick(), 10);
    try {
      await expect(waitForState(loop, 'stable')).rejects.toThrow(/out of range/);
    } finally {
      clearInterval(ticker);
    }
    expect(loop.listenerCount('fault')).toBe(0);
  });

  it('times out when the loop never ticks', async () => {
    const loop = new LifeSupportLoop(() => 24);
    await expect(waitForState(loop, 'stable', 50)).rejects.toThrow(/did not reach stable/);
    expect(loop.listenerCount('state')).toBe(0);
  });
});
