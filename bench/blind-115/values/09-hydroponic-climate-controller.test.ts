// expect: no-promise-as-value
// The humidity test passes the un-awaited promise from isWithinRange to toBeTruthy, so the assertion always passes whatever the sensor reports.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface ClimateSensor {
  humidity(zone: string): Promise<number>;
  airTempC(zone: string): Promise<number>;
}

interface Vents {
  setOpening(zone: string, percent: number): Promise<void>;
}

class ClimateController {
  constructor(
    private readonly sensor: ClimateSensor,
    private readonly vents: Vents,
    private readonly range = { minRh: 50, maxRh: 70 },
  ) {}

  async isWithinRange(zone: string): Promise<boolean> {
    const rh = await this.sensor.humidity(zone);
    return rh >= this.range.minRh && rh <= this.range.maxRh;
  }

  async regulate(zone: string): Promise<number> {
    const [rh, temp] = await Promise.all([this.sensor.humidity(zone), this.sensor.airTempC(zone)]);
    let opening = 0;
    if (rh > this.range.maxRh) opening = Math.min(100, (rh - this.range.maxRh) * 5);
    if (temp > 26) opening = Math.max(opening, Math.min(100, (temp - 26) * 20));
    await this.vents.setOpening(zone, opening);
    return opening;
  }
}

describe('ClimateController', () => {
  let sensor: { humidity: ReturnType<typeof vi.fn>; airTempC: ReturnType<typeof vi.fn> };
  let vents: { setOpening: ReturnType<typeof vi.fn> };
  let controller: ClimateController;

  beforeEach(() => {
    sensor = { humidity: vi.fn(), airTempC: vi.fn().mockResolvedValue(22) };
    vents = { setOpening: vi.fn().mockResolvedValue(undefined) };
    controller = new ClimateController(sensor as unknown as ClimateSensor, vents as unknown as Vents);
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('reports lettuce zone humidity inside the target band', () => {
    sensor.humidity.mockResolvedValue(62);
    expect(controller.isWithinRange('nft-row-4')).toBeTruthy();
    expect(sensor.humidity).toHaveBeenCalledWith('nft-row-4');
  });

  it('opens the vents in proportion to excess humidity', async () => {
    sensor.humidity.mockResolvedValue(78);
    const opening = await controller.regulate('nft-row-4');
    expect(opening).toBe(40);
    expect(vents.setOpening).toHaveBeenCalledWith('nft-row-4', 40);
  });

  it('opens the vents for heat even when humidity is fine', async () => {
    sensor.humidity.mockResolvedValue(55);
    sensor.airTempC.mockResolvedValue(29);
    expect(await controller.regulate('seedling-bench')).toBe(60);
  });

  it('keeps the vents closed in normal conditions', async () => {
    sensor.humidity.mockResolvedValue(60);
    expect(await controller.regulate('seedling-bench')).toBe(0);
    expect(vents.setOpening).toHaveBeenCalledWith('seedling-bench', 0);
  });
});
