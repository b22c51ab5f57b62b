// expect: none
// Every async call in the hooks and tests is awaited (for...of instead of forEach, awaited expect().rejects), and the only forEach callback is synchronous.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<T extends (...args: any[]) => any>(impl?: T): T & { mock: { calls: Parameters<T>[] } };
};

type Cheese = 'comte' | 'roquefort' | 'gruyere' | 'tomme';

interface CaveZone {
  id: string;
  cheese: Cheese;
  humidityPct: number;
}

interface Nebulizer {
  pulse(zoneId: string, seconds: number): Promise<void>;
  drain(zoneId: string): Promise<void>;
}

const TARGET: Record<Cheese, number> = { comte: 92, roquefort: 95, gruyere: 90, tomme: 88 };

class HumidityRegulator {
  constructor(private readonly nebulizer: Nebulizer) {}

  async regulate(zones: CaveZone[]): Promise<string[]> {
    const pulsed: string[] = [];
    for (const zone of zones) {
      const deficit = TARGET[zone.cheese] - zone.humidityPct;
      if (deficit <= 0) continue;
      await this.nebulizer.pulse(zone.id, Math.min(60, Math.round(deficit * 8)));
      pulsed.push(zone.id);
    }
    return pulsed;
  }

  async weeklyDrain(zones: CaveZone[]): Promise<void> {
    if (zones.length === 0) throw new Error('no zones to drain');
    for (const zone of zones) {
      await this.nebulizer.drain(zone.id);
    }
  }
}

describe('cheese cave humidity regulator', () => {
  let pulse: Nebulizer['pulse'] & { mock: { calls: Parameters<Nebulizer['pulse']>[] } };
  let drain: Nebulizer['drain'] & { mock: { calls: Parameters<Nebulizer['drain']>[] } };
  let regulator: HumidityRegulator;
  let zones: CaveZone[];

  beforeEach(async () => {
    pulse = vi.fn(async (_zoneId: string, _seconds: number) => {});
    drain = vi.fn(async (_zoneId: string) => {});
    regulator = new HumidityRegulator({ pulse, drain });
    zones = [
      { id: 'A1', cheese: 'comte', humidityPct: 88 },
      { id: 'A2', cheese: 'roquefort', humidityPct: 96 },
      { id: 'B1', cheese: 'tomme', humidityPct: 85 },
    ];
    await regulator.weeklyDrain(zones);
  });

  it('pulses only the zones below target', async () => {
    const pulsed = await regulator.regulate(zones);
    expect(pulsed).toEqual(['A1', 'B1']);
    expect(pulse).toHaveBeenCalledTimes(2);
  });

  it('scales pulse length with the deficit', async () => {
    await regulator.regulate(zones);
    const seconds = pulse.mock.calls.map(([, s]) => s);
    expect(seconds).toEqual([32, 24]);
  });

  it('drains every zone in the weekly cycle', () => {
    const drained: string[] = [];
    drain.mock.calls.forEach(([zoneId]) => {
      drained.push(zoneId);
    });
    expect(drained).toEqual(['A1', 'A2', 'B1']);
  });

  it('refuses an empty drain cycle', async () => {
    await expect(regulator.weeklyDrain([])).rejects.toThrow('no zones to drain');
  });
});
