// expect: no-promise-as-value
// In the sliding-expiry test `cache.has('s-active')` returns a Promise, which toBeTruthy() accepts as truthy, so the test passes even when touched sessions are evicted.
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

interface Session {
  userId: string;
  roles: string[];
  csrf: string;
}
interface SessionCache {
  set(id: string, session: Session): Promise<void>;
  get(id: string): Promise<Session | null>;
  has(id: string): Promise<boolean>;
  touch(id: string): Promise<boolean>;
}
interface FakeClock {
  advance(ms: number): void;
}
declare function createSessionCache(opts: { ttlMs: number; now: () => number }): SessionCache;
declare function createFakeClock(start: number): FakeClock & { now(): number };

export {};

const TTL = 30 * 60_000;

describe('SessionCache', () => {
  let clock: ReturnType<typeof createFakeClock>;
  let cache: SessionCache;

  beforeEach(() => {
    clock = createFakeClock(Date.UTC(2024, 0, 1));
    cache = createSessionCache({ ttlMs: TTL, now: () => clock.now() });
  });

  it('returns what was stored', async () => {
    const session: Session = { userId: 'u-17', roles: ['editor'], csrf: 'c1' };
    await cache.set('s-1', session);
    expect(await cache.get('s-1')).toEqual(session);
  });

  it('expires idle sessions after the ttl', async () => {
    await cache.set('s-idle', { userId: 'u-1', roles: [], csrf: 'x' });
    clock.advance(TTL + 1);
    expect(await cache.get('s-idle')).toBeNull();
  });

  it('slides the expiry of touched sessions', async () => {
    await cache.set('s-active', { userId: 'u-2', roles: ['admin'], csrf: 'y' });
    clock.advance(TTL - 1_000);
    expect(await cache.touch('s-active')).toBe(true);
    clock.advance(TTL - 1_000);
    expect(cache.has('s-active')).toBeTruthy();
  });

  it('touch() on an unknown session reports false', async () => {
    expect(await cache.touch('nope')).toBe(false);
  });
});
