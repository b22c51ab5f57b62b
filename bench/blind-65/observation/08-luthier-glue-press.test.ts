// expect: no-floating-promises
// The clamp-release test builds an expect(...).resolves assertion but neither awaits nor returns it, so the test passes before it runs.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;

interface AsyncMatchers {
  toEqual(expected: unknown): Promise<void>;
  toThrow(pattern: RegExp): Promise<void>;
}

declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: AsyncMatchers;
  rejects: AsyncMatchers;
};

interface ClampReading {
  clampId: string;
  kPa: number;
}

interface GluePress {
  load(job: { instrument: 'violin' | 'viola' | 'cello'; joint: 'top-seam' | 'fingerboard' | 'neck' }): Promise<void>;
  clamp(kPa: number): Promise<ClampReading[]>;
  release(clampId: string): Promise<{ clampId: string; heldSeconds: number }>;
  readings(): ClampReading[];
  shutdown(): Promise<void>;
}

declare function openTestPress(options: { clamps: number; maxKPa: number; clock: () => number }): Promise<GluePress>;

describe('hide-glue press', () => {
  let press: GluePress;
  let now: number;

  beforeEach(async () => {
    now = 0;
    press = await openTestPress({ clamps: 4, maxKPa: 350, clock: () => now });
    await press.load({ instrument: 'violin', joint: 'top-seam' });
  });

  afterEach(async () => {
    await press.shutdown();
  });

  it('applies even pressure across every clamp', async () => {
    const readings = await press.clamp(180);
    expect(readings.length).toBe(4);
    for (const reading of readings) {
      expect(Math.abs(reading.kPa - 180)).toBe(0);
    }
  });

  it('refuses pressure above the rated maximum', async () => {
    await expect(press.clamp(420)).rejects.toThrow(/exceeds/);
  });

  it('reports how long a clamp held before release', async () => {
    await press.clamp(200);
    now = 45_000;
    expect(press.release('C2')).resolves.toEqual({ clampId: 'C2', heldSeconds: 45 });
  });

  it('keeps other clamps engaged after a single release', async () => {
    await press.clamp(200);
    await press.release('C1');
    const engaged = press.readings().filter((r) => r.kPa > 0);
    expect(engaged.length).toBe(3);
  });

  it('uses lighter pressure for a fingerboard joint', async () => {
    await press.shutdown();
    press = await openTestPress({ clamps: 2, maxKPa: 350, clock: () => now });
    await press.load({ instrument: 'cello', joint: 'fingerboard' });
    const readings = await press.clamp(120);
    expect(readings.every((r) => r.kPa === 120)).toBe(true);
    expect(readings.length).toBeGreaterThan(1);
  });
});
