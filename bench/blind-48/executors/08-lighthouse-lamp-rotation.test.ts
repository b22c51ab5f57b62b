// expect: no-multiple-settle
// Bug: the async executor awaits lamp.home() before wiring anything up, so a homing failure leaves the promise pending forever.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toBeLessThan(n: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

class FakeLampDriver extends EventEmitter {
  homed = false;
  private ticker: NodeJS.Timeout | undefined;

  async home(): Promise<void> {
    await new Promise<void>((r) => setTimeout(r, 2));
    this.homed = true;
  }

  spin(periodMs: number): void {
    this.stop();
    this.ticker = setInterval(() => this.emit('index'), periodMs);
  }

  stop(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
  }
}

function measureRevolution(lamp: FakeLampDriver, timeoutMs: number): Promise<number> {
  return new Promise<number>(async (resolve, reject) => {
    await lamp.home();
    let firstPulse: number | undefined;
    const timer = setTimeout(() => {
      lamp.off('index', onIndex);
      reject(new Error(`no index pulse within ${timeoutMs}ms`));
    }, timeoutMs);
    function onIndex(): void {
      const now = performance.now();
      if (firstPulse === undefined) {
        firstPulse = now;
        return;
      }
      clearTimeout(timer);
      lamp.off('index', onIndex);
      resolve(now - firstPulse);
    }
    lamp.on('index', onIndex);
  });
}

describe('lamp rotation period', () => {
  let lamp: FakeLampDriver;

  beforeEach(() => {
    lamp = new FakeLampDriver();
  });

  afterEach(() => {
    lamp.stop();
  });

  it('measures one revolution between consecutive index pulses', async () => {
    lamp.spin(25);
    const period = await measureRevolution(lamp, 500);
    expect(lamp.homed).toBe(true);
    expect(period).toBeGreaterThan(15);
    expect(period).toBeLessThan(60);
  });

  it('detaches from the driver once measured', async () => {
    lamp.spin(10);
    await measureRevolution(lamp, 500);
    expect(lamp.listenerCount('index')).toBe(0);
  });

  it('fails when the lamp is not turning', async () => {
    await expect(measureRevolution(lamp, 40)).rejects.toThrow(/no index pulse/);
    expect(lamp.listenerCount('index')).toBe(0);
  });
});
