// expect: no-promise-as-value
// The first test asserts `expect(detector.isCalving(...)).toBeTruthy()` on the un-awaited Promise, which is always truthy, so the test passes even when the detector answers false.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface SeismicEvent {
  frontId: string;
  magnitude: number;
  at: number;
}

interface SeismicApi {
  recent(frontId: string, sinceMs: number): Promise<SeismicEvent[]>;
}

class CalvingDetector {
  private readonly cache = new Map<string, { at: number; calving: boolean }>();

  constructor(
    private readonly api: SeismicApi,
    private readonly windowMs = 15 * 60_000,
    private readonly cacheMs = 60_000,
  ) {}

  async isCalving(frontId: string): Promise<boolean> {
    const cached = this.cache.get(frontId);
    if (cached && Date.now() - cached.at < this.cacheMs) return cached.calving;

    const events = await this.api.recent(frontId, Date.now() - this.windowMs);
    // a calving event shows up as a burst of at least three low-frequency icequakes
    const calving = events.filter((e) => e.magnitude >= 1.2).length >= 3;
    this.cache.set(frontId, { at: Date.now(), calving });
    return calving;
  }

  clear(): void {
    this.cache.clear();
  }
}

const quake = (frontId: string, magnitude: number): SeismicEvent => ({ frontId, magnitude, at: Date.now() });

describe('CalvingDetector', () => {
  let api: { recent: ReturnType<typeof vi.fn<SeismicApi['recent']>> };
  let detector: CalvingDetector;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-08-02T14:00:00Z'));
    api = { recent: vi.fn<SeismicApi['recent']>().mockResolvedValue([]) };
    detector = new CalvingDetector(api);
  });

  afterEach(() => {
    detector.clear();
    vi.useRealTimers();
  });

  it('flags a burst of icequakes at the front as calving', () => {
    api.recent.mockResolvedValue([quake('jakobshavn-n', 1.4), quake('jakobshavn-n', 1.9), quake('jakobshavn-n', 1.3)]);

    expect(detector.isCalving('jakobshavn-n')).toBeTruthy();
    expect(api.recent).toHaveBeenCalledWith('jakobshavn-n', Date.now() - 15 * 60_000);
  });

  it('ignores small isolated tremors', async () => {
    api.recent.mockResolvedValue([quake('jakobshavn-s', 0.6), quake('jakobshavn-s', 1.5)]);

    await expect(detector.isCalving('jakobshavn-s')).resolves.toBe(false);
  });

  it('serves answers from cache until it expires', async () => {
    await detector.isCalving('helheim');
    await detector.isCalving('helheim');
    expect(api.recent).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(61_000);
    await detector.isCalving('helheim');
    expect(api.recent).toHaveBeenCalledTimes(2);
  });
});
