// expect: none
// The retry helper takes a function and calls it again on every attempt, and the tests await each ingest call and assertion.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface FireballReport {
  id: string;
  peakBrightnessUtc: string;
  lat: number;
  lon: number;
  altitudeKm: number;
  impactEnergyKt: number;
}

interface FireballSource {
  fetchSince(cursor: string | null): Promise<{ reports: FireballReport[]; cursor: string }>;
}

async function retry<T>(task: () => Promise<T>, attempts: number, delayMs: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      if (i < attempts - 1) await new Promise<void>((resolve) => setTimeout(resolve, delayMs));
    }
  }
  throw lastError;
}

class FireballIngest {
  private cursor: string | null = null;
  readonly seen = new Map<string, FireballReport>();

  constructor(
    private readonly source: FireballSource,
    private readonly attempts = 3,
    private readonly delayMs = 1,
  ) {}

  async pull(): Promise<number> {
    const page = await retry(() => this.source.fetchSince(this.cursor), this.attempts, this.delayMs);
    let added = 0;
    for (const r of page.reports) {
      if (!this.seen.has(r.id)) added++;
      this.seen.set(r.id, r);
    }
    this.cursor = page.cursor;
    return added;
  }
}

const report = (id: string, kt = 0.12): FireballReport => ({
  id,
  peakBrightnessUtc: '2024-11-02T03:14:07Z',
  lat: -31.4,
  lon: 138.6,
  altitudeKm: 37.5,
  impactEnergyKt: kt,
});

describe('FireballIngest', () => {
  let fetchSince: ReturnType<typeof vi.fn<FireballSource['fetchSince']>>;

  beforeEach(() => {
    fetchSince = vi.fn<FireballSource['fetchSince']>();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('retries a failed page with a fresh request', async () => {
    fetchSince
      .mockRejectedValueOnce(new Error('CNEOS 502'))
      .mockResolvedValueOnce({ reports: [report('fb-1')], cursor: 'c1' });
    const ingest = new FireballIngest({ fetchSince });
    expect(await ingest.pull()).toBe(1);
    expect(fetchSince).toHaveBeenCalledTimes(2);
  });

  it('gives up after the configured number of attempts', async () => {
    fetchSince.mockRejectedValue(new Error('CNEOS down'));
    const ingest = new FireballIngest({ fetchSince }, 2);
    await expect(ingest.pull()).rejects.toThrow('CNEOS down');
    expect(fetchSince).toHaveBeenCalledTimes(2);
  });

  it('passes the previous cursor and counts only new fireballs', async () => {
    fetchSince
      .mockResolvedValueOnce({ reports: [report('fb-1'), report('fb-2')], cursor: 'c2' })
      .mockResolvedValueOnce({ reports: [report('fb-2', 0.3), report('fb-3')], cursor: 'c3' });
    const ingest = new FireballIngest({ fetchSince });
    expect(await ingest.pull()).toBe(2);
    expect(await ingest.pull()).toBe(1);
    expect(fetchSince).toHaveBeenLastCalledWith('c2');
    expect(ingest.seen.get('fb-2')?.impactEnergyKt).toBe(0.3);
  });
});
