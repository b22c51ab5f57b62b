// expect: none
// Each assertion on the async controller methods awaits the value first or uses an awaited resolves matcher, so no promise is compared or checked for truthiness.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface LampDriver {
  readCurrentMa(zone: string): Promise<number>;
  setRelay(zone: string, on: boolean): Promise<void>;
}

class CaveLampController {
  constructor(
    private readonly driver: LampDriver,
    private readonly minLitMa = 120,
  ) {}

  async isLit(zone: string): Promise<boolean> {
    return (await this.driver.readCurrentMa(zone)) >= this.minLitMa;
  }

  async ensureLit(zone: string): Promise<'already-on' | 'switched-on'> {
    if (await this.isLit(zone)) return 'already-on';
    await this.driver.setRelay(zone, true);
    return 'switched-on';
  }

  async litZones(zones: string[]): Promise<string[]> {
    const states = await Promise.all(zones.map((z) => this.isLit(z)));
    return zones.filter((_, i) => states[i]);
  }
}

describe('CaveLampController', () => {
  let currents: Record<string, number>;
  let driver: LampDriver;

  beforeEach(() => {
    currents = { 'stalactite-hall': 180, 'river-passage': 0, 'bat-roost': 95 };
    driver = {
      readCurrentMa: vi.fn(async (zone: string) => currents[zone] ?? 0),
      setRelay: vi.fn(async (zone: string, on: boolean) => {
        currents[zone] = on ? 150 : 0;
      }),
    };
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('treats a zone drawing enough current as lit', async () => {
    const ctl = new CaveLampController(driver);
    expect(await ctl.isLit('stalactite-hall')).toBe(true);
    await expect(ctl.isLit('bat-roost')).resolves.toBe(false);
  });

  it('switches on a dark zone and reports it', async () => {
    const ctl = new CaveLampController(driver);
    const result = await ctl.ensureLit('river-passage');
    expect(result).toBe('switched-on');
    expect(driver.setRelay).toHaveBeenCalledWith('river-passage', true);
    expect(await ctl.isLit('river-passage')).toBe(true);
  });

  it('leaves a lit zone alone', async () => {
    const ctl = new CaveLampController(driver);
    await expect(ctl.ensureLit('stalactite-hall')).resolves.toBe('already-on');
    expect(driver.setRelay).not.toHaveBeenCalled();
  });

  it('lists only the lit zones', async () => {
    const ctl = new CaveLampController(driver);
    const lit = await ctl.litZones(Object.keys(currents));
    expect(lit).toEqual(['stalactite-hall']);
  });
});
