// expect: none
// withRetry takes a factory and calls it afresh on each attempt, and the tests pass a fresh call each time rather than a shared promise.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface RetryOptions {
  attempts: number;
  delayMs: number;
  retryable?: (err: unknown) => boolean;
}

async function withRetry<T>(operation: () => Promise<T>, { attempts, delayMs, retryable = () => true }: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (!retryable(err) || attempt === attempts) break;
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
  throw lastError;
}

interface AbsenteeBidApi {
  placeBid(lotId: string, maxPence: number): Promise<{ bidId: string; accepted: boolean }>;
}

class ConflictError extends Error {
  readonly status = 409;
}

describe('withRetry for absentee bids', () => {
  const placeBid = vi.fn<AbsenteeBidApi['placeBid']>();
  const api: AbsenteeBidApi = { placeBid };

  beforeEach(() => {
    vi.useFakeTimers();
    placeBid.mockReset();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the first successful result', async () => {
    placeBid.mockResolvedValue({ bidId: 'b-1', accepted: true });
    await expect(withRetry(() => api.placeBid('lantern-clock-8', 90_000), { attempts: 3, delayMs: 500 })).resolves.toEqual({
      bidId: 'b-1',
      accepted: true,
    });
    expect(placeBid).toHaveBeenCalledTimes(1);
  });

  it('calls the api again after a transient failure', async () => {
    placeBid.mockRejectedValueOnce(new Error('ETIMEDOUT')).mockResolvedValue({ bidId: 'b-2', accepted: true });
    const outcome = expect(
      withRetry(() => api.placeBid('lantern-clock-8', 90_000), { attempts: 3, delayMs: 500 }),
    ).resolves.toMatchObject({ bidId: 'b-2' });
    await vi.advanceTimersByTimeAsync(500);
    await outcome;
    expect(placeBid).toHaveBeenCalledTimes(2);
  });

  it('does not retry conflicts', async () => {
    placeBid.mockRejectedValue(new ConflictError('bid below current maximum'));
    await expect(
      withRetry(() => api.placeBid('lantern-clock-8', 10_000), {
        attempts: 3,
        delayMs: 500,
        retryable: (err) => !(err instanceof ConflictError),
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(placeBid).toHaveBeenCalledTimes(1);
  });

  it('surfaces the last error once attempts run out', async () => {
    placeBid.mockRejectedValue(new Error('saleroom offline'));
    const outcome = expect(withRetry(() => api.placeBid('lantern-clock-8', 90_000), { attempts: 3, delayMs: 500 })).rejects.toThrow(
      'saleroom offline',
    );
    await vi.advanceTimersByTimeAsync(1_500);
    await outcome;
    expect(placeBid).toHaveBeenCalledTimes(3);
  });
});
