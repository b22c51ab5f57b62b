// expect: no-reused-settled-promise
// The pressure test polls eventually() with a probe that returns one already-started reading, so every poll sees the same first value instead of a fresh one.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThanOrEqual(expected: number): void;
  toBeLessThan(expected: number): void;
};

interface PressureReading {
  kpa: number;
  compressorOn: boolean;
}

interface FogHorn {
  beginPressurize(): void;
  readPressure(): Promise<PressureReading>;
  sound(pattern: 'two-long' | 'one-long-two-short', seconds: number): Promise<{ blasts: number }>;
  visibilityMeters(): Promise<number>;
  vent(): Promise<void>;
}

declare function createSimulatedHorn(options: { tankLitres: number; leakKpaPerSecond: number }): FogHorn;

async function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeoutMs = 3_000, intervalMs = 50 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe();
    if (accept(last)) return last;
    await sleep(intervalMs);
  }
  throw new Error(`condition not met within ${timeoutMs}ms (last value ${JSON.stringify(last)})`);
}

describe('lighthouse fog horn', () => {
  let horn: FogHorn;

  beforeEach(() => {
    horn = createSimulatedHorn({ tankLitres: 40, leakKpaPerSecond: 0.5 });
  });

  afterEach(async () => {
    await horn.vent();
  });

  it('reaches working pressure before it is allowed to sound', async () => {
    horn.beginPressurize();
    const reading = horn.readPressure();
    const ready = await eventually(
      () => reading,
      (r) => r.kpa >= 240,
    );
    expect(ready.kpa).toBeGreaterThanOrEqual(240);
    expect(ready.compressorOn).toBe(false);
  });

  it('sounds the two-long pattern in thick fog', async () => {
    horn.beginPressurize();
    await eventually(
      () => horn.readPressure(),
      (r) => r.kpa >= 240,
    );
    const visibility = await horn.visibilityMeters();
    expect(visibility).toBeLessThan(1_000);
    const result = await horn.sound('two-long', 60);
    expect(result.blasts).toBe(2);
  });

  it('loses pressure slowly once the compressor stops', async () => {
    horn.beginPressurize();
    const full = await eventually(
      () => horn.readPressure(),
      (r) => r.kpa >= 240 && !r.compressorOn,
    );
    await sleep(200);
    const later = await horn.readPressure();
    expect(full.kpa - later.kpa).toBeLessThan(5);
  });
});
