// expect: no-reused-settled-promise
// retryRelease calls release() once before the loop and re-awaits that same promise on every attempt, so after the first rejection every retry instantly rethrows the same error without contacting the mast again.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface MastHead {
  releaseNoseCone(mastId: string): Promise<{ releasedAt: number }>;
}

async function retryRelease(
  release: () => Promise<{ releasedAt: number }>,
  attempts: number,
  delayMs: number,
): Promise<{ releasedAt: number; attempts: number }> {
  const pending = release();
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const result = await pending;
      return { releasedAt: result.releasedAt, attempts: attempt };
    } catch (err) {
      lastError = err;
      if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
  throw lastError;
}

class UnmooringSequence {
  constructor(private readonly mast: MastHead) {}

  async cast(mastId: string) {
    return retryRelease(() => this.mast.releaseNoseCone(mastId), 4, 1_500);
  }
}

describe('UnmooringSequence', () => {
  let mast: { releaseNoseCone: ReturnType<typeof vi.fn<MastHead['releaseNoseCone']>> };

  beforeEach(() => {
    vi.useFakeTimers();
    mast = { releaseNoseCone: vi.fn<MastHead['releaseNoseCone']>() };
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('releases on the first try when the latch is free', async () => {
    mast.releaseNoseCone.mockResolvedValue({ releasedAt: 1_700_000_000_000 });
    const result = await new UnmooringSequence(mast).cast('mast-lakehurst-1');
    expect(result).toEqual({ releasedAt: 1_700_000_000_000, attempts: 1 });
    expect(mast.releaseNoseCone).toHaveBeenCalledWith('mast-lakehurst-1');
  });

  it('gives up after four failed attempts', async () => {
    mast.releaseNoseCone.mockRejectedValue(new Error('latch pin jammed'));
    const outcome = new UnmooringSequence(mast).cast('mast-2').catch((err: Error) => err);
    await vi.advanceTimersByTimeAsync(10_000);
    const err = await outcome;
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe('latch pin jammed');
  });

  it('waits between attempts', async () => {
    mast.releaseNoseCone.mockRejectedValue(new Error('gust over limit'));
    const outcome = new UnmooringSequence(mast).cast('mast-3').catch((err: Error) => err);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(5_000);
    await outcome;
    expect(vi.getTimerCount()).toBe(0);
  });
});
