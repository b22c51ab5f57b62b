// expect: none
// The retry helper takes a factory and calls it again on every attempt, so each retry starts a fresh request rather than re-awaiting the failed one.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  retryable?: (err: unknown) => boolean;
}

async function withRetry<T>(task: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      if (policy.retryable && !policy.retryable(err)) throw err;
      if (attempt < policy.attempts) {
        await new Promise<void>((resolve) => setTimeout(resolve, policy.baseDelayMs * 2 ** (attempt - 1)));
      }
    }
  }
  throw lastError;
}

interface FeedingRecord {
  jar: string;
  flourG: number;
  waterG: number;
  at: string;
}

class FeedingClient {
  constructor(private readonly post: (record: FeedingRecord) => Promise<{ id: string }>) {}

  logFeeding(record: FeedingRecord): Promise<{ id: string }> {
    return withRetry(() => this.post(record), {
      attempts: 4,
      baseDelayMs: 100,
      retryable: (err) => !(err instanceof TypeError),
    });
  }
}

const feeding: FeedingRecord = { jar: 'rye-mother', flourG: 50, waterG: 50, at: '2024-11-02T07:30:00Z' };

describe('FeedingClient.logFeeding', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('posts once when the server accepts the record', async () => {
    const post = vi.fn(async (_r: FeedingRecord) => ({ id: 'f-1' }));
    await expect(new FeedingClient(post).logFeeding(feeding)).resolves.toEqual({ id: 'f-1' });
    expect(post).toHaveBeenCalledTimes(1);
  });

  it('retries with a fresh request after transient failures', async () => {
    const post = vi
      .fn<(r: FeedingRecord) => Promise<{ id: string }>>()
      .mockRejectedValueOnce(new Error('502 bad gateway'))
      .mockRejectedValueOnce(new Error('503 unavailable'))
      .mockResolvedValueOnce({ id: 'f-2' });

    const [result] = await Promise.all([
      new FeedingClient(post).logFeeding(feeding),
      vi.advanceTimersByTimeAsync(100 + 200),
    ]);
    expect(result).toEqual({ id: 'f-2' });
    expect(post).toHaveBeenCalledTimes(3);
  });

  it('does not retry client-side errors', async () => {
    const post = vi.fn(async (_r: FeedingRecord): Promise<{ id: string }> => {
      throw new TypeError('flourG must be a number');
    });
    await expect(new FeedingClient(post).logFeeding(feeding)).rejects.toThrow(TypeError);
    expect(post).toHaveBeenCalledTimes(1);
  });

  it('gives up after four attempts', async () => {
    const post = vi.fn(async (_r: FeedingRecord): Promise<{ id: string }> => {
      throw new Error('timeout');
    });
    await Promise.all([
      expect(new FeedingClient(post).logFeeding(feeding)).rejects.toThrow('timeout'),
      vi.advanceTimersByTimeAsync(100 + 200 + 400),
    ]);
    expect(post).toHaveBeenCalledTimes(4);
  });
});
