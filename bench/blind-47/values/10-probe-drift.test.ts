// expect: none
// Promises are handed to expect(...).resolves/rejects and awaited, or awaited before being asserted, so no assertion sees a pending promise.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  toEqual(expected: unknown): void;
  resolves: { toBe(expected: unknown): Promise<void>; toBeCloseTo(expected: number, digits?: number): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

class PitotProbe extends EventEmitter {
  private readings: number[] = [];
  private zeroPa = 0;

  feed(...pressuresPa: number[]): void {
    this.readings.push(...pressuresPa);
  }

  async zero(): Promise<number> {
    if (this.readings.length === 0) {
      throw new Error('no samples to zero against');
    }
    this.zeroPa = this.readings.reduce((a, b) => a + b, 0) / this.readings.length;
    this.readings = [];
    return this.zeroPa;
  }

  async read(): Promise<number> {
    const next = this.readings.shift();
    if (next === undefined) {
      throw new Error('probe buffer empty');
    }
    return next - this.zeroPa;
  }

  async velocity(airDensity = 1.204): Promise<number> {
    const dp = Math.max(0, await this.read());
    return Math.sqrt((2 * dp) / airDensity);
  }

  async drift(windowSize: number): Promise<boolean> {
    const samples: number[] = [];
    for (let i = 0; i < windowSize; i++) {
      samples.push(await this.read());
    }
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    return Math.abs(mean) > 2;
  }
}

describe('PitotProbe', () => {
  let probe: PitotProbe;

  beforeEach(() => {
    probe = new PitotProbe();
  });

  it('zeroes against the mean of still-air samples', async () => {
    probe.feed(101.0, 99.0, 100.0);
    await expect(probe.zero()).resolves.toBe(100);
  });

  it('reports velocity from differential pressure', async () => {
    probe.feed(100, 100);
    await probe.zero();
    probe.feed(700.2);
    expect(await probe.velocity()).toBeCloseTo(31.6, 1);
  });

  it('flags drift when still air no longer reads zero', async () => {
    probe.feed(50, 50);
    await probe.zero();
    probe.feed(53, 54, 52);
    expect(await probe.drift(3)).toBe(true);
  });

  it('does not flag normal noise as drift', async () => {
    probe.feed(50, 50);
    await probe.zero();
    probe.feed(50.5, 49.2, 50.1);
    await expect(probe.drift(3)).resolves.toBe(false);
  });

  it('fails loudly when the buffer runs dry', async () => {
    await expect(probe.read()).rejects.toThrow(/buffer empty/);
    await expect(probe.zero()).rejects.toThrow(/no samples/);
  });
});
