// expect: none
// Every promise handed to expect() is either awaited first or asserted through `.resolves`/`.rejects` and awaited, so the assertions compare real values and a wrong result fails the test.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect(actual: unknown): any;

interface RateLimiter {
  tryAcquire(key: string): Promise<boolean>;
  remaining(key: string): Promise<number>;
  reset(key: string): Promise<void>;
}

export {};

declare function createRedisRateLimiter(opts: { limit: number; windowMs: number; prefix: string }): RateLimiter;
declare function flushTestRedis(): Promise<void>;

describe('redis rate limiter', () => {
  let limiter: RateLimiter;

  beforeEach(async () => {
    await flushTestRedis();
    limiter = createRedisRateLimiter({ limit: 3, windowMs: 60_000, prefix: 'test:rl' });
  });

  afterEach(async () => {
    await Promise.all(['api-key-1', 'api-key-2', 'tenant-a', 'tenant-b'].map((k) => limiter.reset(k)));
  });

  it('allows requests up to the limit', async () => {
    await expect(limiter.tryAcquire('api-key-1')).resolves.toBe(true);
    await expect(limiter.tryAcquire('api-key-1')).resolves.toBe(true);
    expect(await limiter.remaining('api-key-1')).toBe(1);
  });

  it('rejects the request after the limit is used up', async () => {
    for (let i = 0; i < 3; i++) {
      expect(await limiter.tryAcquire('api-key-2')).toBe(true);
    }
    await expect(limiter.tryAcquire('api-key-2')).resolves.toBe(false);
  });

  it('keeps separate budgets per key', async () => {
    await limiter.tryAcquire('tenant-a');
    await limiter.tryAcquire('tenant-a');
    const [a, b] = await Promise.all([limiter.remaining('tenant-a'), limiter.remaining('tenant-b')]);
    expect({ a, b }).toEqual({ a: 1, b: 3 });
  });

  it('refuses empty keys', async () => {
    await expect(limiter.tryAcquire('')).rejects.toThrow(/key must not be empty/);
  });
});
