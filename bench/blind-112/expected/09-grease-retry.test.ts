// expect: none
// retryOperation takes a function and calls op() on every attempt, so each retry makes a fresh request rather than re-awaiting a settled promise, which the call-count assertions confirm.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

class TransientLubricatorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientLubricatorError';
  }
}

async function retryOperation<T>(
  op: () => Promise<T>,
  attempts: number,
  delayMs: number,
): Promise<T> {
  let lastError: unknown;
  for (let i = 1; i <= attempts; i++) {
    try {
      return await op();
    } catch (err) {
      lastError = err;
      if (!(err instanceof TransientLubricatorError) || i === attempts) break;
      await new Promise<void>((resolve) => setTimeout(resolve, delayMs * i));
    }
  }
  throw lastError;
}

interface Lubricator {
  pumpGrease(sheave: string, grams: number): Promise<{ sheave: string; dispensedG: number }>;
}

describe('retryOperation', () => {
  let lubricator: Lubricator;
  let pump: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    vi.useFakeTimers();
    pump = vi.fn();
    lubricator = { pumpGrease: pump as unknown as Lubricator['pumpGrease'] };
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns straight away when the pump succeeds', async () => {
    pump.mockResolvedValueOnce({ sheave: 'T4-upper', dispensedG: 12 });
    const result = await retryOperation(() => lubricator.pumpGrease('T4-upper', 12), 3, 100);
    expect(result).toEqual({ sheave: 'T4-upper', dispensedG: 12 });
    expect(pump).toHaveBeenCalledTimes(1);
  });

  it('re-issues the pump command after a transient line blockage', async () => {
    pump
      .mockRejectedValueOnce(new TransientLubricatorError('grease line pressure spike'))
      .mockRejectedValueOnce(new TransientLubricatorError('grease line pressure spike'))
      .mockResolvedValueOnce({ sheave: 'T7-lower', dispensedG: 9 });
    const run = retryOperation(() => lubricator.pumpGrease('T7-lower', 9), 3, 100);
    await vi.advanceTimersByTimeAsync(500);
    await expect(run).resolves.toEqual({ sheave: 'T7-lower', dispensedG: 9 });
    expect(pump).toHaveBeenCalledTimes(3);
  });

  it('does not retry a reservoir-empty fault', async () => {
    pump.mockRejectedValue(new Error('reservoir empty'));
    await expect(retryOperation(() => lubricator.pumpGrease('T2-upper', 10), 3, 100)).rejects.toThrow('reservoir empty');
    expect(pump).toHaveBeenCalledTimes(1);
  });
});
