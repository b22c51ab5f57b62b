// expect: no-unobserved-promise
// getToken() is started, then the test awaits the fake-timer advance; the retries exhaust and the promise rejects during that await with no handler, so vitest reports an unhandled rejection before expect().rejects attaches.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => void): void;
declare function afterEach(fn: () => void): void;
interface Matchers {
  toBe(v: unknown): void;
  toEqual(v: unknown): void;
  toThrow(msg?: string | RegExp): Promise<void>;
  toHaveBeenCalledTimes(n: number): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
  resolves: { toBe(v: unknown): Promise<void> };
}
declare function expect(actual: unknown): Matchers;
interface Mock<A extends unknown[], R> {
  (...args: A): R;
  mockRejectedValue(err: unknown): this;
  mockRejectedValueOnce(err: unknown): this;
  mockResolvedValueOnce(v: Awaited<R>): this;
}
declare const vi: {
  fn<A extends unknown[], R>(impl?: (...args: A) => R): Mock<A, R>;
  useFakeTimers(): void;
  useRealTimers(): void;
  advanceTimersByTimeAsync(ms: number): Promise<void>;
};

declare class TokenClient {
  constructor(fetchToken: () => Promise<{ access_token: string; expires_in: number }>, opts: { retries: number; backoffMs: number });
  getToken(): Promise<string>;
}

describe('TokenClient', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('retries a transient failure and returns the token', async () => {
    const fetchToken = vi
      .fn<[], Promise<{ access_token: string; expires_in: number }>>()
      .mockRejectedValueOnce(new Error('503 Service Unavailable'))
      .mockResolvedValueOnce({ access_token: 'tok_abc', expires_in: 3600 });
    const client = new TokenClient(fetchToken, { retries: 3, backoffMs: 1_000 });

    const token = client.getToken();
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(token).resolves.toBe('tok_abc');
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it('gives up after the configured number of attempts', async () => {
    const fetchToken = vi
      .fn<[], Promise<{ access_token: string; expires_in: number }>>()
      .mockRejectedValue(new Error('503 Service Unavailable'));
    const client = new TokenClient(fetchToken, { retries: 3, backoffMs: 1_000 });

    const token = client.getToken();
    await vi.advanceTimersByTimeAsync(1_000 + 2_000 + 4_000);
    await expect(token).rejects.toThrow('503');
    expect(fetchToken).toHaveBeenCalledTimes(3);
  });
});
