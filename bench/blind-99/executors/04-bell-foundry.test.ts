// expect: no-multiple-settle
// The waitForTemperature helper only listens for 'reading' events, so when the kiln monitor emits 'error' or is closed before reaching the target the promise never settles and the test hangs until the runner timeout.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface Thermocouple {
  readCelsius(): number;
}

class KilnMonitor extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly probe: Thermocouple, private readonly intervalMs = 1_000) {
    super();
  }

  start(): void {
    this.timer = setInterval(() => {
      try {
        this.emit('reading', this.probe.readCelsius());
      } catch (err) {
        this.emit('error', err);
      }
    }, this.intervalMs);
  }

  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.emit('close');
  }
}

function waitForTemperature(monitor: KilnMonitor, targetC: number): Promise<number> {
  return new Promise<number>((resolve) => {
    const onReading = (celsius: number) => {
      if (celsius < targetC) return;
      monitor.off('reading', onReading);
      resolve(celsius);
    };
    monitor.on('reading', onReading);
  });
}

describe('KilnMonitor', () => {
  let temps: number[];
  let probe: Thermocouple;
  let monitor: KilnMonitor;

  beforeEach(() => {
    vi.useFakeTimers();
    temps = [600, 850, 1_020, 1_110, 1_150];
    probe = { readCelsius: vi.fn(() => temps.shift() ?? 1_150) };
    monitor = new KilnMonitor(probe, 1_000);
    monitor.on('error', () => {});
    monitor.start();
  });

  afterEach(() => {
    monitor.close();
    vi.useRealTimers();
  });

  it('reaches bronze pouring temperature', async () => {
    await Promise.all([
      expect(waitForTemperature(monitor, 1_100)).resolves.toBe(1_110),
      vi.advanceTimersByTimeAsync(5_000),
    ]);
    expect(probe.readCelsius).toHaveBeenCalledTimes(5);
  });

  it('polls the probe once per interval', async () => {
    await vi.advanceTimersByTimeAsync(3_000);
    expect(probe.readCelsius).toHaveBeenCalledTimes(3);
  });

  it('stops polling after close', async () => {
    await vi.advanceTimersByTimeAsync(1_000);
    monitor.close();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(probe.readCelsius).toHaveBeenCalledTimes(1);
  });

  it('surfaces a broken thermocouple while waiting', async () => {
    vi.mocked(probe.readCelsius).mockImplementation(() => {
      throw new Error('thermocouple open circuit');
    });
    await Promise.all([
      expect(waitForTemperature(monitor, 1_100)).rejects.toThrow('open circuit'),
      vi.advanceTimersByTimeAsync(1_000),
    ]);
  });
});
