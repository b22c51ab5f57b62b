// expect: no-multiple-settle
// waitForTemperature never removes its 'reading' listener, so every later reading under the threshold calls resolve again on the already-settled promise.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface Reading {
  roomId: string;
  celsius: number;
  humidityPct: number;
  at: number;
}

class ColdRoomMonitor extends EventEmitter {
  private latest: Reading | undefined;

  constructor(readonly roomId: string, private readonly alarmAboveC: number) {
    super();
  }

  ingest(reading: Reading): void {
    if (reading.roomId !== this.roomId) return;
    this.latest = reading;
    this.emit('reading', reading);
    if (reading.celsius > this.alarmAboveC) this.emit('alarm', reading);
  }

  current(): Reading | undefined {
    return this.latest;
  }

  waitForTemperature(atOrBelowC: number, timeoutMs: number): Promise<Reading> {
    if (this.latest && this.latest.celsius <= atOrBelowC) return Promise.resolve(this.latest);
    return new Promise<Reading>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`${this.roomId} did not reach ${atOrBelowC}°C within ${timeoutMs} ms`));
      }, timeoutMs);
      this.on('reading', (r: Reading) => {
        if (r.celsius <= atOrBelowC) {
          clearTimeout(timer);
          resolve(r);
        }
      });
    });
  }
}

const reading = (celsius: number, at: number): Reading => ({ roomId: 'vault-B2', celsius, humidityPct: 15, at });

describe('ColdRoomMonitor', () => {
  let monitor: ColdRoomMonitor;

  beforeEach(() => {
    vi.useFakeTimers();
    monitor = new ColdRoomMonitor('vault-B2', -15);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('raises an alarm when the room warms past the limit', () => {
    const onAlarm = vi.fn();
    monitor.on('alarm', onAlarm);
    monitor.ingest(reading(-18, 1));
    monitor.ingest(reading(-14.5, 2));
    expect(onAlarm).toHaveBeenCalledTimes(1);
    expect(onAlarm.mock.calls[0][0].celsius).toBe(-14.5);
  });

  it('ignores readings from other rooms', () => {
    monitor.ingest({ ...reading(-20, 1), roomId: 'vault-A1' });
    expect(monitor.current()).toBeUndefined();
  });

  it('resolves once the pull-down reaches the target', async () => {
    monitor.ingest(reading(-9, 1));
    const cooled = monitor.waitForTemperature(-18, 60_000);
    monitor.ingest(reading(-14, 2));
    monitor.ingest(reading(-18.2, 3));
    monitor.ingest(reading(-18.6, 4));
    await expect(cooled).resolves.toMatchObject({ celsius: -18.2, at: 3 });
  });

  it('resolves immediately when already cold enough', async () => {
    monitor.ingest(reading(-19, 1));
    await expect(monitor.waitForTemperature(-18, 1_000)).resolves.toMatchObject({ at: 1 });
  });

  it('times out when the compressor cannot pull the room down', async () => {
    monitor.ingest(reading(-5, 1));
    const cooled = monitor.waitForTemperature(-18, 30_000);
    monitor.ingest(reading(-7, 2));
    vi.advanceTimersByTime(30_001);
    await expect(cooled).rejects.toThrow(/did not reach -18°C/);
  });
});
