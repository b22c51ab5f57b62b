// expect: no-reused-settled-promise
// withRetry calls the task once before the loop and then re-awaits that same rejected promise on every attempt, so the upload is never actually retried.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';

interface RetryOptions {
  attempts: number;
  delayMs: number;
  onRetry?: (attempt: number, err: unknown) => void;
}

async function withRetry<T>(task: () => Promise<T>, opts: RetryOptions): Promise<T> {
  const pending = task();
  let lastError: unknown;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      return await pending;
    } catch (err) {
      lastError = err;
      if (attempt < opts.attempts) {
        opts.onRetry?.(attempt, err);
        await sleep(opts.delayMs);
      }
    }
  }
  throw lastError;
}

interface JudgeSheet {
  judge: string;
  athlete: string;
  clock: number;
}

class JudgeSheetUploader {
  constructor(private readonly post: (sheet: JudgeSheet) => Promise<{ id: string }>) {}

  upload(sheet: JudgeSheet): Promise<{ id: string }> {
    return withRetry(() => this.post(sheet), { attempts: 3, delayMs: 5 });
  }
}

describe('JudgeSheetUploader', () => {
  const sheet: JudgeSheet = { judge: 'MacGregor', athlete: 'Lindqvist', clock: 12 };
  let post: ReturnType<typeof vi.fn<(s: JudgeSheet) => Promise<{ id: string }>>>;

  beforeEach(() => {
    post = vi.fn<(s: JudgeSheet) => Promise<{ id: string }>>();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns the receipt on the first successful upload', async () => {
    post.mockResolvedValue({ id: 'sheet-001' });
    const uploader = new JudgeSheetUploader(post);
    await expect(uploader.upload(sheet)).resolves.toEqual({ id: 'sheet-001' });
    expect(post).toHaveBeenCalledTimes(1);
    expect(post).toHaveBeenCalledWith(sheet);
  });

  it('gives up with the last error once the attempts are used up', async () => {
    post.mockRejectedValue(new Error('scoring tent offline'));
    const uploader = new JudgeSheetUploader(post);
    await expect(uploader.upload(sheet)).rejects.toThrow('scoring tent offline');
  });

  it('reports each retry to the callback', async () => {
    const onRetry = vi.fn();
    await expect(
      withRetry(() => Promise.reject(new Error('busy')), { attempts: 3, delayMs: 1, onRetry }),
    ).rejects.toThrow('busy');
    expect(onRetry).toHaveBeenCalledTimes(2);
    expect(onRetry).toHaveBeenNthCalledWith(1, 1, expect.any(Error));
  });
});
