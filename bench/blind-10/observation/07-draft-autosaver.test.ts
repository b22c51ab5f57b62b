// expect: none
// Every promise-producing assertion is either awaited or returned from the test callback, and the autosaver's timer callback attaches a catch to flush(), so each failure is reported by the test it belongs to.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<unknown>): void;
declare function beforeEach(fn: () => unknown): void;
declare function afterEach(fn: () => unknown): void;
interface Matchers<R> {
  toBe(expected: unknown): R;
  toThrow(expected?: string | RegExp): R;
  toBeUndefined(): R;
  toHaveBeenCalledTimes(n: number): R;
  toHaveBeenLastCalledWith(...args: unknown[]): R;
}
declare function expect<T>(actual: T): Matchers<void> & { resolves: Matchers<Promise<void>>; rejects: Matchers<Promise<void>> };
type Mock<A extends unknown[], R> = ((...args: A) => R) & { mockRejectedValueOnce(err: unknown): Mock<A, R> };
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): Mock<A, R>;
  useFakeTimers(): void;
  useRealTimers(): void;
  advanceTimersByTimeAsync(ms: number): Promise<void>;
};

interface Draft {
  docId: string;
  body: string;
  revision: number;
}

class DraftAutosaver {
  private timer?: ReturnType<typeof setTimeout>;
  private latest?: Draft;
  lastError: unknown;

  constructor(
    private readonly save: (draft: Draft) => Promise<void>,
    private readonly delayMs = 500,
  ) {}

  schedule(draft: Draft): void {
    this.latest = draft;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.flush().catch((err: unknown) => {
        this.lastError = err;
      });
    }, this.delayMs);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    const draft = this.latest;
    if (!draft) return;
    this.latest = undefined;
    try {
      await this.save(draft);
      this.lastError = undefined;
    } catch (err) {
      this.latest ??= draft;
      throw err;
    }
  }
}

describe('DraftAutosaver', () => {
  let save: Mock<[Draft], Promise<void>>;
  let saver: DraftAutosaver;
  const draft = (revision: number): Draft => ({ docId: 'doc-7', body: `rev ${revision}`, revision });

  beforeEach(() => {
    vi.useFakeTimers();
    save = vi.fn(async (_d: Draft) => {});
    saver = new DraftAutosaver(save);
  });
  afterEach(() => vi.useRealTimers());
  it('coalesces a burst of edits into one save of the latest draft', async () => {
    saver.schedule(draft(1));
    saver.schedule(draft(2));
    saver.schedule(draft(3));
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith(draft(3));
  });

  it('keeps the draft and records the error when a background save fails', async () => {
    save.mockRejectedValueOnce(new Error('offline'));
    saver.schedule(draft(4));
    await vi.advanceTimersByTimeAsync(500);
    expect((saver.lastError as Error).message).toBe('offline');
    await expect(saver.flush()).resolves.toBeUndefined();
    expect(save).toHaveBeenLastCalledWith(draft(4));
  });

  it('surfaces save errors to an explicit flush', () => {
    save.mockRejectedValueOnce(new Error('quota exceeded'));
    saver.schedule(draft(5));
    return expect(saver.flush()).rejects.toThrow('quota exceeded');
  });
});
