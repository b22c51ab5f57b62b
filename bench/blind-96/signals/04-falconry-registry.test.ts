// expect: no-swallowed-abort
// TelemetryTracker.latest catches every error from the positions call, including the AbortError raised when stop() cancels it, and turns it into an empty fix list, so a cancelled lookup looks like every bird went silent and feeds the lost-bird alarm.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Fix {
  ringId: string;
  lat: number;
  lon: number;
  at: number;
}

interface PositionApi {
  positions(ringIds: string[], opts: { signal: AbortSignal }): Promise<Fix[]>;
}

class TelemetryTracker {
  private readonly controller = new AbortController();
  private readonly lastSeen = new Map<string, number>();
  failures = 0;

  constructor(private readonly api: PositionApi, private readonly lostAfterMs: number) {}

  async latest(ringIds: string[]): Promise<Fix[]> {
    try {
      const fixes = await this.api.positions(ringIds, { signal: this.controller.signal });
      for (const fix of fixes) this.lastSeen.set(fix.ringId, fix.at);
      return fixes;
    } catch (err) {
      this.failures += 1;
      console.warn('telemetry lookup failed', err);
      return [];
    }
  }

  overdue(ringIds: string[], now = Date.now()): string[] {
    return ringIds.filter((id) => now - (this.lastSeen.get(id) ?? 0) > this.lostAfterMs);
  }

  stop(): void {
    this.controller.abort();
  }
}

describe('TelemetryTracker', () => {
  const birds = ['GB-501', 'GB-502'];
  let api: { positions: ReturnType<typeof vi.fn<PositionApi['positions']>> };
  let tracker: TelemetryTracker;

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2024-05-01T06:00:00Z') });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    api = {
      positions: vi.fn<PositionApi['positions']>(async (ids) =>
        ids.map((ringId, i) => ({ ringId, lat: 51.5 + i / 100, lon: -1.2, at: Date.now() })),
      ),
    };
    tracker = new TelemetryTracker(api, 15 * 60_000);
  });

  afterEach(() => {
    tracker.stop();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('records the last fix time for each bird', async () => {
    const fixes = await tracker.latest(birds);
    expect(fixes).toHaveLength(2);
    expect(tracker.overdue(birds)).toEqual([]);
  });

  it('flags birds that have not reported within the window', async () => {
    await tracker.latest(birds);
    vi.advanceTimersByTime(10 * 60_000);
    api.positions.mockResolvedValueOnce([{ ringId: 'GB-501', lat: 51.6, lon: -1.1, at: Date.now() }]);
    await tracker.latest(birds);
    vi.advanceTimersByTime(6 * 60_000);
    expect(tracker.overdue(birds)).toEqual(['GB-502']);
  });

  it('counts failed lookups without throwing', async () => {
    api.positions.mockRejectedValueOnce(new Error('base station offline'));
    await expect(tracker.latest(birds)).resolves.toEqual([]);
    expect(tracker.failures).toBe(1);
  });

  it('passes its signal to the positions API', async () => {
    await tracker.latest(birds);
    const [, opts] = api.positions.mock.calls[0]!;
    expect(opts.signal).toBeInstanceOf(AbortSignal);
    expect(opts.signal.aborted).toBe(false);
  });
});
