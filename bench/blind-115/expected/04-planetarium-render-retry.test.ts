// expect: none
// retryRender takes a factory and calls it again on every attempt, so each retry starts a fresh render job, which the call-count assertions confirm.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface RenderJob {
  jobId: string;
  frames: number;
}

class RenderRetryError extends Error {
  constructor(
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(`dome render failed after ${attempts} attempts`, options);
    this.name = 'RenderRetryError';
  }
}

async function retryRender(
  start: () => Promise<RenderJob>,
  { attempts = 3, backoffMs = 1_000 }: { attempts?: number; backoffMs?: number } = {},
): Promise<RenderJob> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await start();
    } catch (err) {
      lastError = err;
      if (attempt < attempts) {
        await new Promise<void>((resolve) => setTimeout(resolve, backoffMs * attempt));
      }
    }
  }
  throw new RenderRetryError(attempts, { cause: lastError });
}

describe('retryRender', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the first successful render without retrying', async () => {
    const start = vi.fn<() => Promise<RenderJob>>().mockResolvedValue({ jobId: 'orion-4k', frames: 54_000 });

    await expect(retryRender(start)).resolves.toEqual({ jobId: 'orion-4k', frames: 54_000 });
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts a new render job for each attempt', async () => {
    const start = vi
      .fn<() => Promise<RenderJob>>()
      .mockRejectedValueOnce(new Error('GPU node lost'))
      .mockRejectedValueOnce(new Error('fisheye warp timeout'))
      .mockResolvedValue({ jobId: 'orion-4k-r3', frames: 54_000 });

    const settled = retryRender(start, { backoffMs: 500 }).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    await vi.runAllTimersAsync();

    expect(await settled).toEqual({ ok: true, value: { jobId: 'orion-4k-r3', frames: 54_000 } });
    expect(start).toHaveBeenCalledTimes(3);
  });

  it('gives up with the last error as cause', async () => {
    const start = vi.fn<() => Promise<RenderJob>>().mockRejectedValue(new Error('disk full on render farm'));

    const settled = retryRender(start, { attempts: 2, backoffMs: 100 }).then(
      () => null,
      (error: unknown) => error,
    );
    await vi.runAllTimersAsync();
    const error = await settled;

    expect(error).toBeInstanceOf(RenderRetryError);
    expect((error as RenderRetryError).cause).toEqual(new Error('disk full on render farm'));
    expect(start).toHaveBeenCalledTimes(2);
  });
});
