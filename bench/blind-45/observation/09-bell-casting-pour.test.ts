// expect: none
// Each test attaches expect(...).resolves/rejects to the pour promise before advancing fake timers, so the promise is observed before it can settle.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const afterEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  resolves: { toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(pattern: RegExp): Promise<void> };
};
declare const vi: {
  useFakeTimers(): void;
  useRealTimers(): void;
  advanceTimersByTimeAsync(ms: number): Promise<void>;
};

interface PourStage {
  name: 'preheat-ladle' | 'skim-dross' | 'pour' | 'vent';
  durationMs: number;
}

interface PourLog {
  stages: string[];
  metalTempC: number;
}

class PourSequencer {
  private log: string[] = [];

  constructor(
    private readonly stages: PourStage[],
    private readonly readMetalTempC: () => number,
    private readonly minPourTempC = 1100,
  ) {}

  async pour(): Promise<PourLog> {
    this.log = [];
    for (const stage of this.stages) {
      if (stage.name === 'pour') {
        const temp = this.readMetalTempC();
        if (temp < this.minPourTempC) {
          throw new Error(`bronze at ${temp}°C is too cold to pour (min ${this.minPourTempC}°C)`);
        }
      }
      await new Promise<void>((resolve) => setTimeout(resolve, stage.durationMs));
      this.log.push(stage.name);
    }
    return { stages: this.log, metalTempC: this.readMetalTempC() };
  }
}

const STAGES: PourStage[] = [
  { name: 'preheat-ladle', durationMs: 60_000 },
  { name: 'skim-dross', durationMs: 20_000 },
  { name: 'pour', durationMs: 45_000 },
  { name: 'vent', durationMs: 30_000 },
];

describe('PourSequencer', () => {
  let temps: number[];

  beforeEach(() => {
    vi.useFakeTimers();
    temps = [1165, 1150];
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const nextTemp = () => temps.shift() ?? 1000;

  it('runs every stage in order for hot metal', async () => {
    const sequencer = new PourSequencer(STAGES, nextTemp);
    const assertion = expect(sequencer.pour()).resolves.toEqual({
      stages: ['preheat-ladle', 'skim-dross', 'pour', 'vent'],
      metalTempC: 1150,
    });
    await vi.advanceTimersByTimeAsync(155_000);
    await assertion;
  });

  it('refuses to pour bronze that has cooled in the ladle', async () => {
    temps = [1040];
    const sequencer = new PourSequencer(STAGES, nextTemp);
    const assertion = expect(sequencer.pour()).rejects.toThrow(/too cold to pour/);
    await vi.advanceTimersByTimeAsync(80_000);
    await assertion;
  });

  it('honours a custom minimum for tin-rich bell metal', async () => {
    temps = [1080, 1075];
    const sequencer = new PourSequencer(STAGES, nextTemp, 1050);
    const assertion = expect(sequencer.pour()).resolves.toEqual({
      stages: ['preheat-ladle', 'skim-dross', 'pour', 'vent'],
      metalTempC: 1075,
    });
    await vi.advanceTimersByTimeAsync(155_000);
    await assertion;
  });
});
