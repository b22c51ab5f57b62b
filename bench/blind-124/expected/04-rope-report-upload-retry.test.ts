// expect: none
// retryUpload takes a factory and calls it afresh on every attempt, so each retry issues a new upload instead of re-awaiting an already-settled promise.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface InspectionReport {
  siteId: string;
  ropeIds: string[];
  inspector: string;
  defects: string[];
}

class TransientUploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientUploadError';
  }
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function retryUpload<T>(upload: () => Promise<T>, attempts = 3, delayMs = 100): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await upload();
    } catch (err) {
      if (!(err instanceof TransientUploadError)) throw err;
      lastError = err;
      if (attempt < attempts) await pause(delayMs * attempt);
    }
  }
  throw lastError;
}

describe('retryUpload', () => {
  const report: InspectionReport = {
    siteId: 'wind-turbine-14',
    ropeIds: ['R-201', 'R-202'],
    inspector: 'L3-0481',
    defects: ['R-202 sheath glazing at 34 m'],
  };
  let send: ReturnType<typeof vi.fn<(r: InspectionReport) => Promise<string>>>;

  beforeEach(() => {
    send = vi.fn<(r: InspectionReport) => Promise<string>>();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns the receipt from the first successful attempt', async () => {
    send.mockResolvedValueOnce('receipt-1');
    await expect(retryUpload(() => send(report), 3, 0)).resolves.toBe('receipt-1');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('issues a fresh upload after a transient failure', async () => {
    send
      .mockRejectedValueOnce(new TransientUploadError('gateway timeout'))
      .mockRejectedValueOnce(new TransientUploadError('gateway timeout'))
      .mockResolvedValueOnce('receipt-3');
    await expect(retryUpload(() => send(report), 3, 0)).resolves.toBe('receipt-3');
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('gives up after the last attempt with the last transient error', async () => {
    send.mockRejectedValue(new TransientUploadError('site has no signal'));
    await expect(retryUpload(() => send(report), 2, 0)).rejects.toThrow('site has no signal');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not retry a validation error', async () => {
    send.mockRejectedValueOnce(new Error('inspector certificate expired'));
    await expect(retryUpload(() => send(report), 3, 0)).rejects.toThrow('inspector certificate expired');
    expect(send).toHaveBeenCalledTimes(1);
  });
});
