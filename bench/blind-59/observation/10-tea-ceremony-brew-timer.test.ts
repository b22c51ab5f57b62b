// expect: none
// Each brew promise is handed to expect(...).resolves/rejects before any await, with only synchronous fake-timer advances in between.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const afterEach: (fn: () => unknown) => void;
declare const vi: {
  useFakeTimers(): void;
  useRealTimers(): void;
  advanceTimersByTime(ms: number): void;
};
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  resolves: { toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

type Tea = 'matcha-usucha' | 'matcha-koicha' | 'sencha' | 'gyokuro';

interface BrewResult {
  tea: Tea;
  steepSeconds: number;
  waterC: number;
}

const PROFILES: Record<Tea, { seconds: number; waterC: number }> = {
  'matcha-usucha': { seconds: 15, waterC: 80 },
  'matcha-koicha': { seconds: 30, waterC: 75 },
  sencha: { seconds: 60, waterC: 75 },
  gyokuro: { seconds: 120, waterC: 55 },
};

class BrewTimer {
  private kettleC = 20;

  heat(toC: number): void {
    this.kettleC = toC;
  }

  brew(tea: Tea): Promise<BrewResult> {
    const profile = PROFILES[tea];
    return new Promise<BrewResult>((resolve, reject) => {
      if (Math.abs(this.kettleC - profile.waterC) > 3) {
        setTimeout(() => reject(new Error(`water at ${this.kettleC}C, ${tea} needs ${profile.waterC}C`)), 1_000);
        return;
      }
      setTimeout(() => resolve({ tea, steepSeconds: profile.seconds, waterC: this.kettleC }), profile.seconds * 1_000);
    });
  }
}

describe('tea ceremony brew timer', () => {
  let timer: BrewTimer;

  beforeEach(() => {
    vi.useFakeTimers();
    timer = new BrewTimer();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('steeps sencha for a full minute', async () => {
    timer.heat(75);
    const brewing = timer.brew('sencha');
    vi.advanceTimersByTime(60_000);
    await expect(brewing).resolves.toEqual({ tea: 'sencha', steepSeconds: 60, waterC: 75 });
  });

  it('refuses gyokuro with boiling water', async () => {
    timer.heat(98);
    const assertion = expect(timer.brew('gyokuro')).rejects.toThrow('water at 98C, gyokuro needs 55C');
    vi.advanceTimersByTime(1_000);
    await assertion;
  });

  it('whisks usucha faster than koicha', async () => {
    timer.heat(78);
    const thin = timer.brew('matcha-usucha');
    const thick = timer.brew('matcha-koicha');
    vi.advanceTimersByTime(30_000);
    const [a, b] = await Promise.all([thin, thick]);
    expect(a.steepSeconds < b.steepSeconds).toBe(true);
  });
});

export {};
