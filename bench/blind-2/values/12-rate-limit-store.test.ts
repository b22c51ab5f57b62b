// expect: none
// Every async call is awaited before its value is asserted; the promises handed to expect() go through .rejects/.resolves and those assertions are awaited, so each really checks the settled value.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;
declare function beforeEach(fn: () => void | Promise<void>): void;
declare function afterEach(fn: () => void | Promise<void>): void;
interface Matchers<R> {
  toBe(expected: unknown): R;
  toEqual(expected: unknown): R;
  toBeTruthy(): R;
  toBeNull(): R;
  toBeGreaterThan(n: number): R;
  toThrow(expected?: string | RegExp | (new (...args: any[]) => Error)): R;
}
declare function expect(actual: unknown): Matchers<void> & {
  not: Matchers<void>;
  resolves: Matchers<Promise<void>>;
  rejects: Matchers<Promise<void>>;
};

interface Bucket {
  remaining: number;
  resetAt: number;
}
interface RateLimitStore {
  consume(key: string, cost?: number): Promise<Bucket>;
  peek(key: string): Promise<Bucket | null>;
  isBlocked(key: string): Promise<boolean>;
  close(): Promise<void>;
}
declare function createRateLimitStore(opts: { capacity: number; refillPerSec: number; now: () => number }): RateLimitStore;

export {};

class RateLimitExceeded extends Error {}

describe('token bucket store', () => {
  let now = 1_700_000_000_000;
  let store: RateLimitStore;

  beforeEach(() => {
    now = 1_700_000_000_000;
    store = createRateLimitStore({ capacity: 3, refillPerSec: 1, now: () => now });
  });

  afterEach(async () => {
    await store.close();
  });

  it('starts with a full bucket', async () => {
    expect(await store.peek('ip:10.0.0.1')).toBeNull();
    const bucket = await store.consume('ip:10.0.0.1');
    expect(bucket.remaining).toBe(2);
  });

  it('blocks once the bucket is empty and rejects further consumption', async () => {
    for (let i = 0; i < 3; i++) await store.consume('user:42');
    expect(await store.isBlocked('user:42')).toBe(true);
    await expect(store.consume('user:42')).rejects.toThrow(RateLimitExceeded);
    await expect(store.peek('user:42')).resolves.toEqual({ remaining: 0, resetAt: now + 1_000 });
  });

  it('refills over time', async () => {
    await store.consume('user:7', 3);
    now += 2_000;
    expect(await store.isBlocked('user:7')).toBe(false);
    const bucket = await store.consume('user:7');
    expect(bucket.remaining).toBe(1);
    expect(bucket.resetAt).toBeGreaterThan(now);
  });
});
