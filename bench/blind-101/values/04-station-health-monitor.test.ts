// expect: no-promise-as-value
// The "healthy after a fresh heartbeat" test asserts expect(monitor.isHealthy()).toBeTruthy() on the un-awaited Promise, which is always truthy, so the assertion passes even when the station reports unhealthy and the regression it guards can never be caught.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface GpsReceiver {
  hasLock(station: string): Promise<boolean>;
}

interface Heartbeat {
  station: string;
  at: number;
  clockDriftMs: number;
}

class StationHealthMonitor {
  private last: Heartbeat | undefined;
  private sweep: NodeJS.Timeout | undefined;
  readonly alarms: string[] = [];

  constructor(
    private readonly station: string,
    private readonly gps: GpsReceiver,
    private readonly staleAfterMs = 120_000,
  ) {}

  heartbeat(hb: Heartbeat): void {
    if (hb.station !== this.station) return;
    this.last = hb;
  }

  async isHealthy(): Promise<boolean> {
    if (!this.last) return false;
    if (Date.now() - this.last.at > this.staleAfterMs) return false;
    if (Math.abs(this.last.clockDriftMs) > 50) return false;
    return this.gps.hasLock(this.station);
  }

  startSweeping(everyMs: number): void {
    this.sweep = setInterval(() => {
      if (!this.last || Date.now() - this.last.at > this.staleAfterMs) {
        this.alarms.push(`${this.station} silent since ${this.last ? new Date(this.last.at).toISOString() : 'start'}`);
      }
    }, everyMs);
  }

  stop(): void {
    clearInterval(this.sweep);
  }
}

describe('StationHealthMonitor', () => {
  const gps = { hasLock: vi.fn<GpsReceiver['hasLock']>() };
  let monitor: StationHealthMonitor;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-11-02T03:00:00Z'));
    gps.hasLock.mockResolvedValue(true);
    monitor = new StationHealthMonitor('CI.PASC', gps);
  });

  afterEach(() => {
    monitor.stop();
    vi.useRealTimers();
    vi.clearAllMocks();
  });

  it('is unhealthy before the first heartbeat', async () => {
    expect(await monitor.isHealthy()).toBe(false);
    expect(gps.hasLock).not.toHaveBeenCalled();
  });

  it('is healthy after a fresh heartbeat with GPS lock', () => {
    monitor.heartbeat({ station: 'CI.PASC', at: Date.now(), clockDriftMs: 3 });
    expect(monitor.isHealthy()).toBeTruthy();
  });

  it('goes stale when heartbeats stop', async () => {
    monitor.heartbeat({ station: 'CI.PASC', at: Date.now(), clockDriftMs: 3 });
    await vi.advanceTimersByTimeAsync(121_000);
    expect(await monitor.isHealthy()).toBe(false);
  });

  it('treats a lost GPS lock as unhealthy', async () => {
    gps.hasLock.mockResolvedValue(false);
    monitor.heartbeat({ station: 'CI.PASC', at: Date.now(), clockDriftMs: 3 });
    await expect(monitor.isHealthy()).resolves.toBe(false);
  });

  it('raises an alarm on each sweep while silent', async () => {
    monitor.startSweeping(60_000);
    await vi.advanceTimersByTimeAsync(180_000);
    expect(monitor.alarms).toHaveLength(3);
    expect(monitor.alarms[0]).toContain('CI.PASC silent since start');
  });
});
