// expect: none
// Correct: promises created before fake-timer advances get .catch()/.then() attached immediately, so nothing can reject unobserved while the clock is advanced.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeInstanceOf(ctor: new (...args: never[]) => unknown): void;
  toBeLessThan(n: number): void;
};
declare const vi: {
  useFakeTimers(): void;
  useRealTimers(): void;
  advanceTimersByTimeAsync(ms: number): Promise<void>;
};

class TrayJam extends Error {
  constructor(readonly afterS: number) {
    super(`cooling tray stirrer jammed after ${afterS}s`);
    this.name = 'TrayJam';
  }
}

interface CoolingResult {
  seconds: number;
  finalTempC: number;
}

/** Drops a roasted batch into the tray and stirs until the beans are below the safe handling temperature. */
function coolBatch(startTempC: number, opts: { ambientC: number; jamAtS?: number }): Promise<CoolingResult> {
  return new Promise<CoolingResult>((resolve, reject) => {
    let temp = startTempC;
    let seconds = 0;
    const timer = setInterval(() => {
      seconds++;
      if (opts.jamAtS !== undefined && seconds >= opts.jamAtS) {
        clearInterval(timer);
        reject(new TrayJam(seconds));
        return;
      }
      // Newtonian cooling with forced air; k chosen so a medium roast cools in about three minutes.
      temp = opts.ambientC + (temp - opts.ambientC) * Math.exp(-0.012);
      if (temp <= 35) {
        clearInterval(timer);
        resolve({ seconds, finalTempC: Math.round(temp * 10) / 10 });
      }
    }, 1000);
  });
}

describe('cocoa roaster cooling tray', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('cools a 135C batch below 35C within five minutes', async () => {
    const outcome = coolBatch(135, { ambientC: 22 }).then(
      (r) => ({ ok: true as const, ...r }),
      (err: unknown) => ({ ok: false as const, err }),
    );
    await vi.advanceTimersByTimeAsync(300_000);
    const result = await outcome;
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.seconds).toBeLessThan(300);
  });

  it('surfaces a stirrer jam as TrayJam', async () => {
    const failure = coolBatch(140, { ambientC: 24, jamAtS: 45 }).catch((err: unknown) => err);
    await vi.advanceTimersByTimeAsync(60_000);
    const err = await failure;
    expect(err).toBeInstanceOf(TrayJam);
    expect((err as TrayJam).afterS).toBe(45);
  });

  it('cools faster on a cold morning', async () => {
    const cold = coolBatch(130, { ambientC: 8 }).catch((err: unknown) => err);
    const warm = coolBatch(130, { ambientC: 30 }).catch((err: unknown) => err);
    await vi.advanceTimersByTimeAsync(600_000);
    const [c, w] = (await Promise.all([cold, warm])) as CoolingResult[];
    expect(c.seconds < w.seconds).toBe(true);
  });
});
