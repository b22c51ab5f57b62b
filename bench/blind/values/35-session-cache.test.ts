// expect: no-read-before-settle
// `cached` is assigned in the Node-style callback of cache.get, which is invoked asynchronously, but the assertion reads it immediately.

interface Session {
  userId: string;
  expiresAt: number;
}

interface Matchers {
  toEqual(expected: unknown): void;
}

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function expect(actual: unknown): Matchers;

declare class SessionCache {
  constructor(ttlMs: number);
  set(id: string, session: Session): Promise<void>;
  get(id: string, cb: (err: Error | null, session?: Session) => void): void;
}

describe('SessionCache', () => {
  it('returns a session that was just stored', async () => {
    const cache = new SessionCache(60_000);
    const session: Session = { userId: 'u-42', expiresAt: Date.now() + 60_000 };
    await cache.set('s1', session);

    let cached: Session | undefined;
    cache.get('s1', (err, value) => {
      cached = err ? undefined : value;
    });

    expect(cached).toEqual(session);
  });
});

export {};
