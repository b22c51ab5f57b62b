// expect: no-reused-settled-promise
// retryOnce's catch handler returns the same upload promise that just rejected, so the "retry" re-delivers the original failure without a second upload and a single dropped connection loses the pool sheet.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface PoolSheet {
  poolNo: number;
  referee: string;
  results: Array<{ fencer: string; v: number; ts: number; tr: number }>;
}

interface FederationApi {
  upload(sheet: PoolSheet): Promise<{ receipt: string }>;
}

function retryOnce<T>(attempt: Promise<T>, onRetry: (err: unknown) => void): Promise<T> {
  return attempt.catch((err: unknown) => {
    onRetry(err);
    return attempt;
  });
}

class ResultSubmitter {
  private readonly pending: PoolSheet[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  readonly log: string[] = [];
  readonly receipts = new Map<number, string>();

  constructor(private readonly api: FederationApi) {}

  async submit(sheet: PoolSheet): Promise<string> {
    const { receipt } = await retryOnce(this.api.upload(sheet), (err) =>
      this.log.push(`pool ${sheet.poolNo}: retrying after ${err instanceof Error ? err.message : String(err)}`),
    );
    this.receipts.set(sheet.poolNo, receipt);
    return receipt;
  }

  queue(sheet: PoolSheet): void {
    this.pending.push(sheet);
  }

  startAutoSubmit(everyMs: number): void {
    this.timer = setInterval(() => {
      const sheet = this.pending.shift();
      if (!sheet) return;
      this.submit(sheet).catch(() => this.pending.push(sheet));
    }, everyMs);
  }

  close(): void {
    clearInterval(this.timer);
  }
}

const sheet = (poolNo: number): PoolSheet => ({
  poolNo,
  referee: 'A. Kovacs',
  results: [
    { fencer: 'Haddad', v: 4, ts: 23, tr: 14 },
    { fencer: 'Brennan', v: 1, ts: 15, tr: 22 },
  ],
});

describe('ResultSubmitter', () => {
  const upload = vi.fn<FederationApi['upload']>();
  let submitter: ResultSubmitter;

  beforeEach(() => {
    vi.useFakeTimers();
    upload.mockReset();
    submitter = new ResultSubmitter({ upload });
  });

  afterEach(() => {
    submitter.close();
    vi.useRealTimers();
  });

  it('stores the federation receipt', async () => {
    upload.mockResolvedValue({ receipt: 'FIE-7781' });
    await expect(submitter.submit(sheet(3))).resolves.toBe('FIE-7781');
    expect(submitter.receipts.get(3)).toBe('FIE-7781');
    expect(submitter.log).toEqual([]);
  });

  it('gives up after one retry and logs it', async () => {
    upload.mockRejectedValue(new Error('federation gateway timeout'));
    await expect(submitter.submit(sheet(5))).rejects.toThrow('gateway timeout');
    expect(submitter.log).toEqual(['pool 5: retrying after federation gateway timeout']);
    expect(submitter.receipts.has(5)).toBe(false);
  });

  it('submits queued sheets on the interval', async () => {
    upload.mockResolvedValue({ receipt: 'FIE-9001' });
    submitter.queue(sheet(1));
    submitter.queue(sheet(2));
    submitter.startAutoSubmit(10_000);
    await vi.advanceTimersByTimeAsync(20_000);
    expect([...submitter.receipts.keys()]).toEqual([1, 2]);
  });
});
