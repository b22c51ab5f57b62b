// expect: no-promise-as-value
// limiter.allow() returns a Promise, so the burst test hands a Promise object to toBeTruthy(), which always passes; the test would stay green even if the limiter refused every request.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => void): void;
interface Matchers {
  toBe(expected: unknown): void;
  toBeTruthy(): void;
  toEqual(expected: unknown): void;
  readonly not: Matchers;
}
declare function expect(actual: unknown): Matchers;

interface CounterStore {
  incrWithTtl(key: string, ttlMs: number): Promise<number>;
}

class MemoryCounterStore implements CounterStore {
  private readonly buckets = new Map<string, { count: number; expiresAt: number }>();
  constructor(private readonly now: () => number) {}

  async incrWithTtl(key: string, ttlMs: number): Promise<number> {
    const t = this.now();
    const bucket = this.buckets.get(key);
    if (!bucket || bucket.expiresAt <= t) {
      this.buckets.set(key, { count: 1, expiresAt: t + ttlMs });
      return 1;
    }
    return ++bucket.count;
  }
}

export class FixedWindowLimiter {
  constructor(
    private readonly store: CounterStore,
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async allow(clientId: string): Promise<boolean> {
    const window = Math.floor(this.now() / this.windowMs);
    const count = await this.store.incrWithTtl(`rl:${clientId}:${window}`, this.windowMs);
    return count <= this.limit;
  }
}

describe('FixedWindowLimiter', () => {
  let clock = 0;
  let limiter: FixedWindowLimiter;

  beforeEach(() => {
    clock = 1_700_000_040_000;
    limiter = new FixedWindowLimiter(new MemoryCounterStore(() => clock), 3, 60_000, () => clock);
  });

  it('lets a burst up to the limit through', async () => {
    for (let i = 0; i < 3; i++) {
      expect(limiter.allow('client-a')).toBeTruthy();
    }
  });

  it('refuses requests over the limit within the same window', async () => {
    for (let i = 0; i < 3; i++) await limiter.allow('client-a');
    expect(await limiter.allow('client-a')).toBe(false);
  });

  it('opens again in the next window', async () => {
    for (let i = 0; i < 4; i++) await limiter.allow('client-b');
    clock += 60_000;
    expect(await limiter.allow('client-b')).toBe(true);
  });

  it('keeps a separate budget per client', async () => {
    for (let i = 0; i < 3; i++) await limiter.allow('client-a');
    expect(await limiter.allow('client-c')).toBe(true);
  });
});
