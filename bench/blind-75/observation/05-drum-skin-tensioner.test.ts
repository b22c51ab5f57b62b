// expect: no-unchecked-settled-results
// The evenness test casts every allSettled result to fulfilled and reads .value, so a rejected lug turns into a TypeError instead of a clear failure.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeLessThan(expected: number): void;
  toHaveLength(expected: number): void;
};

interface LugReading {
  lug: number;
  newtonMeters: number;
  pitchHz: number;
}

interface Tensioner {
  readonly lugs: number[];
  tighten(lug: number, targetNm: number): Promise<LugReading>;
  loosen(lug: number, quarterTurns: number): Promise<LugReading>;
  tapPitch(): Promise<number>;
}

declare function mountDrum(options: { diameterInches: number; head: 'calfskin' | 'goatskin' | 'mylar' }): Tensioner;

function spread(values: number[]): number {
  return Math.max(...values) - Math.min(...values);
}

describe('drum skin tensioner', () => {
  let drum: Tensioner;

  beforeEach(() => {
    drum = mountDrum({ diameterInches: 14, head: 'calfskin' });
  });

  it('brings every lug to within 0.15Nm of the target', async () => {
    const results = await Promise.allSettled(drum.lugs.map((lug) => drum.tighten(lug, 4.2)));
    const torques = results.map((result) => (result as PromiseFulfilledResult<LugReading>).value.newtonMeters);
    expect(torques).toHaveLength(drum.lugs.length);
    expect(spread(torques)).toBeLessThan(0.15);
  });

  it('tightens lugs in a star pattern without overshooting', async () => {
    const order = [0, 4, 2, 6, 1, 5, 3, 7].filter((i) => i < drum.lugs.length);
    const readings: LugReading[] = [];
    for (const index of order) {
      readings.push(await drum.tighten(drum.lugs[index], 3.5));
    }
    expect(readings.every((r) => r.newtonMeters < 3.7)).toBe(true);
  });

  it('raises the fundamental as tension increases', async () => {
    for (const lug of drum.lugs) await drum.tighten(lug, 2.5);
    const low = await drum.tapPitch();
    for (const lug of drum.lugs) await drum.tighten(lug, 4.5);
    const high = await drum.tapPitch();
    expect(high > low).toBe(true);
  });

  it('loosens a single lug without disturbing its neighbours', async () => {
    for (const lug of drum.lugs) await drum.tighten(lug, 4);
    const loosened = await drum.loosen(drum.lugs[0], 2);
    const neighbour = await drum.tighten(drum.lugs[1], 4);
    expect(loosened.newtonMeters < 4).toBe(true);
    expect(Math.abs(neighbour.newtonMeters - 4)).toBeLessThan(0.1);
  });
});
