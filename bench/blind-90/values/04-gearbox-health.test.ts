// expect: none
// Correct: the only assertions made on promise objects are toBeInstanceOf(Promise) and .resolves/.rejects, which are meant for promises; every value check is on an awaited result.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface OilSample {
  turbineId: string;
  ironPpm: number;
  waterPpm: number;
  viscosityCst: number;
}

type Health = 'ok' | 'watch' | 'replace';

class GearboxHealth {
  private readonly cache = new Map<string, Promise<Health>>();

  constructor(private readonly lab: { latest(turbineId: string): Promise<OilSample> }) {}

  assess(turbineId: string): Promise<Health> {
    let pending = this.cache.get(turbineId);
    if (!pending) {
      pending = this.lab.latest(turbineId).then((s) => {
        if (s.ironPpm > 150 || s.waterPpm > 1000) return 'replace';
        if (s.ironPpm > 80 || s.viscosityCst < 280) return 'watch';
        return 'ok';
      });
      pending.catch(() => this.cache.delete(turbineId));
      this.cache.set(turbineId, pending);
    }
    return pending;
  }

  async needsCrane(turbineIds: string[]): Promise<string[]> {
    const verdicts = await Promise.all(turbineIds.map((id) => this.assess(id)));
    return turbineIds.filter((_, i) => verdicts[i] === 'replace');
  }
}

describe('GearboxHealth', () => {
  let latest: ReturnType<typeof vi.fn<(turbineId: string) => Promise<OilSample>>>;
  let health: GearboxHealth;

  beforeEach(() => {
    latest = vi.fn(async (turbineId: string) => ({
      turbineId,
      ironPpm: turbineId === 'WT-22' ? 190 : 40,
      waterPpm: 200,
      viscosityCst: 310,
    }));
    health = new GearboxHealth({ latest });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns a promise and shares it between concurrent callers', () => {
    const first = health.assess('WT-01');
    const second = health.assess('WT-01');
    expect(first).toBeInstanceOf(Promise);
    expect(second).toBe(first);
    expect(latest).toHaveBeenCalledTimes(1);
    return expect(first).resolves.toBe('ok');
  });

  it('flags high iron for replacement', async () => {
    await expect(health.assess('WT-22')).resolves.toBe('replace');
    expect(await health.needsCrane(['WT-01', 'WT-22', 'WT-30'])).toEqual(['WT-22']);
  });

  it('forgets failed lab lookups so the next call retries', async () => {
    latest.mockRejectedValueOnce(new Error('LIMS unavailable'));
    await expect(health.assess('WT-05')).rejects.toThrow('LIMS unavailable');
    const verdict = await health.assess('WT-05');
    expect(verdict).toBe('ok');
    expect(latest).toHaveBeenCalledTimes(2);
  });
});
