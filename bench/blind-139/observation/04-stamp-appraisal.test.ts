// expect: none
// The rejection assertion is attached to the pending appraisal before the fake clock is advanced, and the parallel appraisals go through Promise.all, so no rejection is ever left without a handler.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Appraiser {
  quote(catalogue: string): Promise<number>;
}

class AppraisalTimeoutError extends Error {
  constructor(catalogue: string) {
    super(`no appraisal for ${catalogue}`);
    this.name = 'AppraisalTimeoutError';
  }
}

class StampAppraisalService {
  constructor(private readonly appraiser: Appraiser, private readonly timeoutMs = 2_000) {}

  appraise(catalogue: string): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new AppraisalTimeoutError(catalogue)), this.timeoutMs);
      this.appraiser.quote(catalogue).then(
        (value) => {
          clearTimeout(timer);
          resolve(Math.round(value * 100) / 100);
        },
        (err: unknown) => {
          clearTimeout(timer);
          reject(err);
        },
      );
    });
  }

  async appraiseAlbum(catalogues: readonly string[]): Promise<number> {
    const values = await Promise.all(catalogues.map((c) => this.appraise(c)));
    return values.reduce((sum, v) => sum + v, 0);
  }
}

describe('StampAppraisalService', () => {
  let appraiser: { quote: ReturnType<typeof vi.fn<(catalogue: string) => Promise<number>>> };
  let service: StampAppraisalService;

  beforeEach(() => {
    vi.useFakeTimers();
    appraiser = { quote: vi.fn<(catalogue: string) => Promise<number>>() };
    service = new StampAppraisalService(appraiser);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('rounds the appraised value to cents', async () => {
    appraiser.quote.mockResolvedValue(412.3456);
    await expect(service.appraise('SG-1')).resolves.toBe(412.35);
  });

  it('times out when the appraiser never answers', async () => {
    appraiser.quote.mockReturnValue(new Promise<number>(() => {}));
    const pending = service.appraise('Penny Black');
    const assertion = expect(pending).rejects.toBeInstanceOf(AppraisalTimeoutError);
    await vi.advanceTimersByTimeAsync(2_000);
    await assertion;
  });

  it('sums an album appraised in parallel', async () => {
    appraiser.quote.mockImplementation(async (c) => (c === 'SG-1' ? 400 : 12.5));
    await expect(service.appraiseAlbum(['SG-1', 'SG-2', 'SG-3'])).resolves.toBe(425);
    expect(appraiser.quote).toHaveBeenCalledTimes(3);
  });

  it('fails the album when one appraisal fails', async () => {
    appraiser.quote.mockImplementation(async (c) => {
      if (c === 'SG-2') throw new Error('appraiser offline');
      return 10;
    });
    await expect(service.appraiseAlbum(['SG-1', 'SG-2'])).rejects.toThrow('appraiser offline');
  });
});
