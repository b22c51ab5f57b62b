// expect: none
// The cache hands the same in-flight appraisal to concurrent callers on purpose, and on failure or expiry it drops the entry so the next call invokes appraise() again rather than re-awaiting a settled promise.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Valuation {
  lotId: string;
  lowGbp: number;
  highGbp: number;
  appraiser: string;
}

interface Appraiser {
  appraise(lotId: string): Promise<Valuation>;
}

interface Entry {
  promise: Promise<Valuation>;
  at: number;
}

class ValuationCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly appraiser: Appraiser, private readonly ttlMs = 10 * 60_000) {}

  valuation(lotId: string): Promise<Valuation> {
    const hit = this.entries.get(lotId);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.promise;

    const entry: Entry = { promise: this.appraiser.appraise(lotId), at: Date.now() };
    this.entries.set(lotId, entry);
    entry.promise.catch(() => {
      if (this.entries.get(lotId) === entry) this.entries.delete(lotId);
    });
    return entry.promise;
  }
}

const phal: Valuation = { lotId: 'L-31', lowGbp: 180, highGbp: 260, appraiser: 'M. Okonjo' };

describe('ValuationCache', () => {
  let appraise: ReturnType<typeof vi.fn<Appraiser['appraise']>>;
  let cache: ValuationCache;

  beforeEach(() => {
    vi.useFakeTimers();
    appraise = vi.fn<Appraiser['appraise']>();
    cache = new ValuationCache({ appraise });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shares one appraisal between concurrent callers', async () => {
    appraise.mockResolvedValue(phal);
    const [a, b] = await Promise.all([cache.valuation('L-31'), cache.valuation('L-31')]);
    expect(a).toEqual(phal);
    expect(b).toEqual(phal);
    expect(appraise).toHaveBeenCalledTimes(1);
  });

  it('does not cache a failed appraisal', async () => {
    appraise.mockRejectedValueOnce(new Error('appraiser unavailable')).mockResolvedValueOnce(phal);
    await expect(cache.valuation('L-31')).rejects.toThrow(/unavailable/);
    await expect(cache.valuation('L-31')).resolves.toEqual(phal);
    expect(appraise).toHaveBeenCalledTimes(2);
  });

  it('re-appraises after the entry expires', async () => {
    appraise.mockResolvedValueOnce(phal).mockResolvedValueOnce({ ...phal, highGbp: 300 });
    expect((await cache.valuation('L-31')).highGbp).toBe(260);
    await vi.advanceTimersByTimeAsync(10 * 60_000 + 1);
    expect((await cache.valuation('L-31')).highGbp).toBe(300);
    expect(appraise).toHaveBeenCalledTimes(2);
  });
});
