// expect: none
// pollUntilStable calls readTilt() afresh on every iteration; the only re-awaited promise is the memoised station config, which is meant to be shared.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

interface TiltSample {
  station: string;
  microradians: number;
  at: number;
}

interface StationConfig {
  station: string;
  noiseFloor: number;
}

export function memoize<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
}

export async function pollUntilStable(
  readTilt: () => Promise<TiltSample>,
  config: () => Promise<StationConfig>,
  maxPolls: number,
): Promise<TiltSample[]> {
  const samples: TiltSample[] = [];
  for (let i = 0; i < maxPolls; i++) {
    const { noiseFloor } = await config();
    const sample = await readTilt();
    samples.push(sample);
    const prev = samples[samples.length - 2];
    if (prev && Math.abs(sample.microradians - prev.microradians) <= noiseFloor) return samples;
    await new Promise((r) => setTimeout(r, 1));
  }
  throw new Error(`tilt at ${samples[0]?.station ?? 'unknown'} still moving after ${maxPolls} polls`);
}

describe('pollUntilStable', () => {
  let series: number[];

  beforeEach(() => {
    series = [4.0, 7.5, 9.1, 9.3, 9.35];
  });

  it('takes a fresh reading on every poll and stops once within the noise floor', async () => {
    let index = 0;
    const readTilt = vi.fn(async () => ({ station: 'crater-rim', microradians: series[index++], at: Date.now() }));
    const loadConfig = vi.fn(async () => ({ station: 'crater-rim', noiseFloor: 0.5 }));

    const samples = await pollUntilStable(readTilt, memoize(loadConfig), 10);

    expect(samples.map((s) => s.microradians)).toEqual([4.0, 7.5, 9.1, 9.3]);
    expect(readTilt.mock.calls.length).toBe(4);
    expect(loadConfig.mock.calls.length).toBe(1);
  });

  it('gives up when the flank keeps inflating', async () => {
    let value = 0;
    const readTilt = async () => ({ station: 'north-flank', microradians: (value += 3), at: Date.now() });
    const config = memoize(async () => ({ station: 'north-flank', noiseFloor: 0.2 }));

    await expect(pollUntilStable(readTilt, config, 5)).rejects.toThrow('still moving after 5 polls');
  });

  it('hands every caller the same memoised config promise', async () => {
    const loadConfig = vi.fn(async () => ({ station: 'summit', noiseFloor: 1 }));
    const config = memoize(loadConfig);

    const first = config();
    const second = config();
    expect(first).toBe(second);
    expect(await first).toEqual(await second);
    expect(loadConfig.mock.calls.length).toBe(1);
  });
});
