// expect: none
// Method references appear only where a function is wanted (vi.spyOn, expect(spy).toHaveBeenCalled, an array of probes the monitor calls); every promise assertion calls the function and awaits.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type Probe = () => Promise<boolean>;

class TowerMonitor {
  private timer: ReturnType<typeof setInterval> | undefined;
  lastStatus: Record<string, boolean> = {};

  constructor(private readonly probes: Record<string, Probe>) {}

  async check(): Promise<Record<string, boolean>> {
    const names = Object.keys(this.probes);
    const results = await Promise.all(names.map((n) => this.probes[n]().catch(() => false)));
    this.lastStatus = Object.fromEntries(names.map((n, i) => [n, results[i]]));
    return this.lastStatus;
  }

  async radioUp(): Promise<boolean> {
    return this.probes.radio();
  }

  start(everyMs: number): void {
    this.timer = setInterval(() => {
      this.check().catch(() => {});
    }, everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

describe('TowerMonitor', () => {
  let radio: ReturnType<typeof vi.fn<Probe>>;
  let camera: ReturnType<typeof vi.fn<Probe>>;
  let monitor: TowerMonitor;

  beforeEach(() => {
    vi.useFakeTimers();
    radio = vi.fn<Probe>(async () => true);
    camera = vi.fn<Probe>(async () => true);
    monitor = new TowerMonitor({ radio, camera });
  });

  afterEach(() => {
    monitor.stop();
    vi.useRealTimers();
  });

  it('checks every probe', async () => {
    await expect(monitor.check()).resolves.toEqual({ radio: true, camera: true });
    expect(radio).toHaveBeenCalledOnce();
    expect(camera).toHaveBeenCalledOnce();
  });

  it('marks a failing probe as down instead of rejecting', async () => {
    camera.mockRejectedValueOnce(new Error('rtsp timeout'));
    const status = await monitor.check();
    expect(status.camera).toBe(false);
    expect(status.radio).toBe(true);
  });

  it('delegates radioUp to the radio probe', async () => {
    const spy = vi.spyOn(monitor, 'radioUp');
    radio.mockResolvedValueOnce(false);
    expect(await monitor.radioUp()).toBe(false);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(monitor.radioUp).toBe(spy);
  });

  it('polls on an interval once started', async () => {
    const check = vi.spyOn(monitor, 'check');
    monitor.start(60_000);
    await vi.advanceTimersByTimeAsync(180_000);
    expect(check).toHaveBeenCalledTimes(3);
    expect(monitor.lastStatus).toEqual({ radio: true, camera: true });
  });

  it('rejects radioUp when the radio probe throws', async () => {
    radio.mockRejectedValueOnce(new Error('squelch stuck'));
    await expect(monitor.radioUp()).rejects.toThrow('squelch stuck');
  });
});
