// expect: none
// Each pending press cycle is either combined with the timer advance in one Promise.all or gets .then(ok, fail) attached before the fake clock moves, so it is always observed.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const afterEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
};
declare const vi: {
  useFakeTimers(): void;
  useRealTimers(): void;
  advanceTimersByTimeAsync(ms: number): Promise<void>;
};

interface FeltBatt {
  battId: string;
  woolKg: number;
  moisturePct: number;
}

interface PressOutcome {
  battId: string;
  rolls: number;
  shrinkagePct: number;
}

class FeltPress {
  readonly log: string[] = [];

  constructor(private readonly rollMs: number) {}

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  async runCycle(batt: FeltBatt, rolls: number): Promise<PressOutcome> {
    if (batt.moisturePct > 40) {
      await this.wait(this.rollMs);
      throw new Error(`felt too wet: ${batt.moisturePct}%`);
    }
    let shrinkage = 0;
    for (let i = 0; i < rolls; i++) {
      await this.wait(this.rollMs);
      shrinkage += (40 - batt.moisturePct) * 0.05;
      this.log.push(`${batt.battId}:roll-${i + 1}`);
    }
    return { battId: batt.battId, rolls, shrinkagePct: +shrinkage.toFixed(2) };
  }
}

describe('FeltPress', () => {
  let press: FeltPress;

  beforeEach(() => {
    vi.useFakeTimers();
    press = new FeltPress(1_000);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('rolls the batt the requested number of times', async () => {
    const [outcome] = await Promise.all([
      press.runCycle({ battId: 'wall-3', woolKg: 6, moisturePct: 30 }, 4),
      vi.advanceTimersByTimeAsync(4_000),
    ]);
    expect(outcome).toEqual({ battId: 'wall-3', rolls: 4, shrinkagePct: 2 });
    expect(press.log).toEqual(['wall-3:roll-1', 'wall-3:roll-2', 'wall-3:roll-3', 'wall-3:roll-4']);
  });

  it('refuses a batt that is too wet after the first roll', async () => {
    const outcome = press
      .runCycle({ battId: 'roof-1', woolKg: 8, moisturePct: 41 }, 3)
      .then(
        () => 'pressed',
        (err: Error) => err.message,
      );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await outcome).toBe('felt too wet: 41%');
    expect(press.log).toEqual([]);
  });

  it('does not finish before the last roll', async () => {
    let finished = false;
    const cycle = press.runCycle({ battId: 'door-2', woolKg: 2, moisturePct: 20 }, 2).then(() => {
      finished = true;
    });
    await Promise.all([cycle, vi.advanceTimersByTimeAsync(2_000)]);
    expect(finished).toBe(true);
  });
});
