// expect: none
// StableWeightWaiter keeps one stored resolve/reject pair and clears it before calling either, so each waiter settles once; fail() covers disconnects.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Waiter {
  resolve(grams: number): void;
  reject(err: Error): void;
}

class StableWeightWaiter {
  private waiter: Waiter | null = null;
  private pending: Promise<number> | null = null;
  private window: number[] = [];

  constructor(
    private readonly size: number,
    private readonly maxSpreadGrams: number,
  ) {}

  next(): Promise<number> {
    if (!this.pending) {
      this.pending = new Promise<number>((resolve, reject) => {
        this.waiter = { resolve, reject };
      });
    }
    return this.pending;
  }

  push(grams: number): void {
    this.window.push(grams);
    if (this.window.length > this.size) this.window.shift();
    const waiter = this.waiter;
    if (!waiter || this.window.length < this.size) return;
    const spread = Math.max(...this.window) - Math.min(...this.window);
    if (spread > this.maxSpreadGrams) return;
    this.waiter = null;
    this.pending = null;
    waiter.resolve(this.window.reduce((a, b) => a + b, 0) / this.window.length);
  }

  fail(err: Error): void {
    const waiter = this.waiter;
    this.waiter = null;
    this.pending = null;
    this.window = [];
    waiter?.reject(err);
  }
}

describe('hive scale stable weight', () => {
  let waiter: StableWeightWaiter;

  beforeEach(() => {
    waiter = new StableWeightWaiter(4, 25);
  });

  it('resolves with the mean once the bees stop shifting the frame', async () => {
    const weight = waiter.next();
    for (const g of [41_210, 41_480, 41_302, 41_310, 41_322, 41_299]) waiter.push(g);
    expect(await weight).toBeCloseTo(41_308.25, 2);
  });

  it('shares one pending reading between concurrent callers', async () => {
    const a = waiter.next();
    const b = waiter.next();
    expect(a).toBe(b);
    for (const g of [38_000, 38_004, 38_010, 37_998]) waiter.push(g);
    expect(await Promise.all([a, b])).toEqual([38_003, 38_003]);
  });

  it('starts a fresh reading after the previous one resolved', async () => {
    const first = waiter.next();
    for (const g of [30_000, 30_000, 30_000, 30_000]) waiter.push(g);
    await first;
    const second = waiter.next();
    expect(second === first).toBe(false);
    for (const g of [30_400, 30_410, 30_405, 30_405]) waiter.push(g);
    expect(await second).toBe(30_405);
  });

  it('rejects the pending reading when the scale drops off bluetooth', async () => {
    const assertion = expect(waiter.next()).rejects.toThrow('scale disconnected');
    waiter.push(12_000);
    waiter.fail(new Error('scale disconnected'));
    await assertion;
  });
});
