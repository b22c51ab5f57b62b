// expect: no-promise-as-value
// isReservoirLow() is async but the test asserts on the returned promise with toBeTruthy(), which always passes whether the reservoir is low or not.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface LevelSensor {
  litres(): Promise<number>;
}

interface ReservoirMonitor {
  isReservoirLow(): Promise<boolean>;
  refillNeededLitres(): Promise<number>;
  startAlerts(everyMs: number): void;
  stopAlerts(): void;
}

declare function createReservoirMonitor(deps: {
  sensor: LevelSensor;
  capacityLitres: number;
  lowWaterPct: number;
  notify: (msg: string) => Promise<void>;
}): ReservoirMonitor;

describe('reservoir monitor', () => {
  const sensor = { litres: vi.fn<() => Promise<number>>() };
  const notify = vi.fn<(msg: string) => Promise<void>>();
  let monitor: ReservoirMonitor;

  beforeEach(() => {
    vi.useFakeTimers();
    notify.mockResolvedValue(undefined);
    monitor = createReservoirMonitor({ sensor, capacityLitres: 1000, lowWaterPct: 20, notify });
  });

  afterEach(() => {
    monitor.stopAlerts();
    vi.useRealTimers();
    vi.resetAllMocks();
  });

  it('flags the reservoir as low below 20%', () => {
    sensor.litres.mockResolvedValue(150);
    expect(monitor.isReservoirLow()).toBeTruthy();
  });

  it('computes the refill volume up to capacity', async () => {
    sensor.litres.mockResolvedValue(640);
    await expect(monitor.refillNeededLitres()).resolves.toBe(360);
  });

  it('sends one alert per check while low', async () => {
    sensor.litres.mockResolvedValue(90);
    monitor.startAlerts(60_000);
    await vi.advanceTimersByTimeAsync(180_000);
    expect(notify).toHaveBeenCalledTimes(3);
    expect(notify.mock.calls[0][0]).toMatch(/9%/);
  });
});
