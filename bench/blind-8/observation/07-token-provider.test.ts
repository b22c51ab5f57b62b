// expect: none
// The concurrent getToken() promises are held in variables only until the very next statement hands both to Promise.all, so a rejection from either is observed immediately and fails the test through the normal path.
import { setTimeout as delay } from 'node:timers/promises';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function beforeEach(fn: () => void): void;
declare function afterEach(fn: () => void): void;
declare function expect<T>(actual: T): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface TokenResponse {
  accessToken: string;
  expiresIn: number;
}
declare class TokenProvider {
  constructor(opts: { fetchToken: () => Promise<TokenResponse>; skewMs: number; now?: () => number });
  getToken(): Promise<string>;
  invalidate(): void;
  dispose(): void;
}

describe('TokenProvider', () => {
  let calls = 0;
  let failWith: Error | null = null;
  let clock = 0;
  let provider: TokenProvider;

  beforeEach(() => {
    calls = 0;
    failWith = null;
    clock = 1_000_000;
    provider = new TokenProvider({
      skewMs: 30_000,
      now: () => clock,
      fetchToken: async () => {
        calls += 1;
        await delay(15);
        if (failWith) throw failWith;
        return { accessToken: `tok-${calls}`, expiresIn: 3600 };
      },
    });
  });

  afterEach(() => provider.dispose());

  it('shares a single refresh between concurrent callers', async () => {
    const first = provider.getToken();
    const second = provider.getToken();
    const [a, b] = await Promise.all([first, second]);
    expect([a, b]).toEqual(['tok-1', 'tok-1']);
    expect(calls).toBe(1);
  });

  it('refreshes again once the token is inside the expiry skew', async () => {
    expect(await provider.getToken()).toBe('tok-1');
    clock += 3600_000 - 20_000;
    expect(await provider.getToken()).toBe('tok-2');
  });

  it('rejects every waiter when the identity provider fails', async () => {
    failWith = new Error('idp unavailable');
    const first = provider.getToken();
    const second = provider.getToken();
    await Promise.all([expect(first).rejects.toThrow('idp unavailable'), expect(second).rejects.toThrow('idp unavailable')]);
    expect(calls).toBe(1);
  });
});
