// expect: none
// The two concurrent refused acquisitions are wrapped in expect(...).rejects and combined in one awaited Promise.all, so both have handlers from the moment they are created and any failure fails the test.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function beforeEach(fn: () => Promise<void>): void;
declare function afterEach(fn: () => Promise<void>): void;
interface AsyncMatchers {
  toThrow(expected?: RegExp | (new (...args: any[]) => Error)): Promise<void>;
  toBe(expected: unknown): Promise<void>;
}
declare function expect(actual: unknown): { toBe(v: unknown): void; toBeGreaterThan(n: number): void; rejects: AsyncMatchers; resolves: AsyncMatchers };

interface Lease {
  key: string;
  token: number;
  release(): Promise<void>;
}
interface LockClient {
  acquire(key: string, opts: { ttlMs: number; waitMs: number }): Promise<Lease>;
  close(): Promise<void>;
}
declare function connectLockClient(url: string): Promise<LockClient>;
declare class LockBusyError extends Error {}

describe('distributed lock', () => {
  let a: LockClient;
  let b: LockClient;

  beforeEach(async () => {
    [a, b] = await Promise.all([connectLockClient('redis://localhost:6379/9'), connectLockClient('redis://localhost:6379/9')]);
  });

  afterEach(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  it('refuses every other acquisition while the lease is held', async () => {
    const lease = await a.acquire('invoice:991', { ttlMs: 5_000, waitMs: 0 });
    expect(lease.key).toBe('invoice:991');
    await Promise.all([
      expect(b.acquire('invoice:991', { ttlMs: 5_000, waitMs: 0 })).rejects.toThrow(LockBusyError),
      expect(a.acquire('invoice:991', { ttlMs: 5_000, waitMs: 0 })).rejects.toThrow(LockBusyError),
    ]);
    await lease.release();
    const next = await b.acquire('invoice:991', { ttlMs: 5_000, waitMs: 0 });
    await next.release();
  });

  it('hands out increasing fencing tokens', async () => {
    const first = await a.acquire('report:q3', { ttlMs: 1_000, waitMs: 0 });
    await first.release();
    const second = await b.acquire('report:q3', { ttlMs: 1_000, waitMs: 0 });
    expect(second.token).toBeGreaterThan(first.token);
    await second.release();
  });
});

export {};
