// expect: no-floating-promises
// The output test passes an async callback to forEach, which drops the promises, so the test finishes before any horn is sounded and its failures go unhandled.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(v: unknown): void;
  toBeGreaterThan(n: number): void;
  toBeLessThan(n: number): void;
  toEqual(v: unknown): void;
};

export {};

interface Horn {
  station: string;
  kind: 'diaphone' | 'tyfon' | 'siren' | 'electric';
  ratedDb: number;
  fundamentalHz: number;
}

interface Blast {
  peakDb: number;
  durationMs: number;
  dominantHz: number;
}

declare const testBench: {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  horns(): Promise<Horn[]>;
  sound(station: string, ms: number): Promise<Blast>;
  compressorBar(): Promise<number>;
};

const HORNS_UNDER_TEST: Horn[] = [
  { station: 'nab-tower', kind: 'diaphone', ratedDb: 128, fundamentalHz: 180 },
  { station: 'skerry-point', kind: 'tyfon', ratedDb: 121, fundamentalHz: 230 },
  { station: 'east-breakwater', kind: 'electric', ratedDb: 114, fundamentalHz: 420 },
];

describe('fog horn test bench', () => {
  beforeEach(async () => {
    await testBench.connect();
  });

  afterEach(async () => {
    await testBench.disconnect();
  });

  it('has enough air pressure for a diaphone', async () => {
    const bar = await testBench.compressorBar();
    expect(bar).toBeGreaterThan(2.5);
  });

  it('knows every horn under test', async () => {
    const horns = await testBench.horns();
    expect(horns.map((h) => h.station).sort()).toEqual(HORNS_UNDER_TEST.map((h) => h.station).sort());
  });

  it('sounds each horn within 3 dB of its rating', () => {
    HORNS_UNDER_TEST.forEach(async (horn) => {
      const blast = await testBench.sound(horn.station, 1500);
      expect(Math.abs(blast.peakDb - horn.ratedDb)).toBeLessThan(3);
      expect(Math.abs(blast.dominantHz - horn.fundamentalHz)).toBeLessThan(horn.fundamentalHz * 0.05);
    });
  });

  it('keeps a blast to the requested duration', async () => {
    const blast = await testBench.sound('nab-tower', 2000);
    expect(Math.abs(blast.durationMs - 2000)).toBeLessThan(150);
  });
});
