// expect: none
// The rejects assertion is attached to the poll promise before the fake clock is advanced, so the timeout rejection that happens during the advance already has a handler.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => void): void;
declare function afterEach(fn: () => void): void;
interface Matchers {
  toBe(v: unknown): void;
  toEqual(v: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
  resolves: { toEqual(v: unknown): Promise<void> };
}
declare function expect(actual: unknown): Matchers;
interface Mock<A extends unknown[], R> {
  (...args: A): R;
  mockResolvedValue(v: Awaited<R>): this;
  mockResolvedValueOnce(v: Awaited<R>): this;
}
declare const vi: {
  fn<A extends unknown[], R>(impl?: (...args: A) => R): Mock<A, R>;
  useFakeTimers(): void;
  useRealTimers(): void;
  advanceTimersByTimeAsync(ms: number): Promise<void>;
};

type SessionStatus = { state: 'pending' } | { state: 'approved'; userId: string } | { state: 'denied' };

declare function pollDeviceLogin(
  check: () => Promise<SessionStatus>,
  opts: { intervalMs: number; timeoutMs: number },
): Promise<{ userId: string }>;

describe('pollDeviceLogin', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves once the device code is approved', async () => {
    const check = vi
      .fn<[], Promise<SessionStatus>>()
      .mockResolvedValueOnce({ state: 'pending' })
      .mockResolvedValueOnce({ state: 'pending' })
      .mockResolvedValueOnce({ state: 'approved', userId: 'u_42' });

    const login = expect(pollDeviceLogin(check, { intervalMs: 5_000, timeoutMs: 60_000 })).resolves.toEqual({ userId: 'u_42' });
    await vi.advanceTimersByTimeAsync(10_000);
    await login;
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('times out when the user never approves', async () => {
    const check = vi.fn<[], Promise<SessionStatus>>().mockResolvedValue({ state: 'pending' });

    const outcome = pollDeviceLogin(check, { intervalMs: 5_000, timeoutMs: 30_000 });
    const assertion = expect(outcome).rejects.toThrow(/timed out/);
    await vi.advanceTimersByTimeAsync(30_000);
    await assertion;
    expect(check).toHaveBeenCalledTimes(7);
  });
});
