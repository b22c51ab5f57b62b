// expect: no-promise-as-value
// The "ready" test asserts toBeTruthy on the promise returned by the async isIceReady, which is always truthy, so it passes even when the ice is not ready.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface RinkSensors {
  surfaceTempC(): Promise<number>;
  minutesSinceFlood(): Promise<number>;
  doorsClosed(): Promise<boolean>;
}

class RinkStatus {
  constructor(
    private readonly sensors: RinkSensors,
    private readonly setMinutes = 8,
  ) {}

  async isIceReady(): Promise<boolean> {
    const [temp, since, doors] = await Promise.all([
      this.sensors.surfaceTempC(),
      this.sensors.minutesSinceFlood(),
      this.sensors.doorsClosed(),
    ]);
    return doors && temp <= -4.5 && since >= this.setMinutes;
  }

  async minutesUntilReady(): Promise<number> {
    const since = await this.sensors.minutesSinceFlood();
    return Math.max(this.setMinutes - since, 0);
  }
}

describe('RinkStatus', () => {
  let sensors: { [K in keyof RinkSensors]: ReturnType<typeof vi.fn<RinkSensors[K]>> };
  let status: RinkStatus;

  beforeEach(() => {
    sensors = {
      surfaceTempC: vi.fn<RinkSensors['surfaceTempC']>().mockResolvedValue(-5.5),
      minutesSinceFlood: vi.fn<RinkSensors['minutesSinceFlood']>().mockResolvedValue(12),
      doorsClosed: vi.fn<RinkSensors['doorsClosed']>().mockResolvedValue(true),
    };
    status = new RinkStatus(sensors);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reports the ice ready once it is cold and set', () => {
    expect(status.isIceReady()).toBeTruthy();
  });

  it('is not ready while the Zamboni doors are open', async () => {
    sensors.doorsClosed.mockResolvedValue(false);
    await expect(status.isIceReady()).resolves.toBe(false);
  });

  it('is not ready when the surface is too warm', async () => {
    sensors.surfaceTempC.mockResolvedValue(-2);
    await expect(status.isIceReady()).resolves.toBe(false);
  });

  it('counts down the setting time after a flood', async () => {
    sensors.minutesSinceFlood.mockResolvedValue(3);
    expect(await status.minutesUntilReady()).toBe(5);
  });
});
