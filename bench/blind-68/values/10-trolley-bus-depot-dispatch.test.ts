// expect: none
// Correct: promises are only handed to expect(...).resolves/.rejects, which are awaited; plain assertions receive awaited values.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: { toEqual(expected: unknown): Promise<void>; toBe(expected: unknown): Promise<void> };
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface Trolleybus {
  fleetNo: string;
  socPct: number;
  polesDown: boolean;
  defects: string[];
}

class DepotDispatcher {
  private readonly buses = new Map<string, Trolleybus>();
  private readonly assigned = new Map<string, string>();

  async park(bus: Trolleybus): Promise<void> {
    await Promise.resolve();
    this.buses.set(bus.fleetNo, { ...bus });
  }

  async canRunOffWire(fleetNo: string, km: number): Promise<boolean> {
    await Promise.resolve();
    const bus = this.buses.get(fleetNo);
    if (!bus) throw new Error(`bus ${fleetNo} not in depot`);
    // Roughly 1.2 km of battery range per percent of charge on these vehicles.
    return bus.socPct * 1.2 >= km;
  }

  async assign(route: string, offWireKm: number): Promise<string> {
    await Promise.resolve();
    for (const bus of this.buses.values()) {
      if (this.assigned.has(bus.fleetNo) || bus.defects.length > 0 || !bus.polesDown) continue;
      if (await this.canRunOffWire(bus.fleetNo, offWireKm)) {
        this.assigned.set(bus.fleetNo, route);
        return bus.fleetNo;
      }
    }
    throw new Error(`no serviceable bus for route ${route}`);
  }

  routeOf(fleetNo: string): string | undefined {
    return this.assigned.get(fleetNo);
  }
}

describe('trolleybus depot dispatch', () => {
  let depot: DepotDispatcher;

  beforeEach(async () => {
    depot = new DepotDispatcher();
    await depot.park({ fleetNo: 'T401', socPct: 80, polesDown: true, defects: [] });
    await depot.park({ fleetNo: 'T402', socPct: 15, polesDown: true, defects: [] });
    await depot.park({ fleetNo: 'T403', socPct: 95, polesDown: true, defects: ['door-2 sensor'] });
  });

  it('knows which buses can cover the off-wire section', async () => {
    await expect(depot.canRunOffWire('T401', 12)).resolves.toBe(true);
    await expect(depot.canRunOffWire('T402', 30)).resolves.toBe(false);
  });

  it('rejects queries for buses that are out on the road', async () => {
    await expect(depot.canRunOffWire('T999', 1)).rejects.toThrow(/not in depot/);
  });

  it('assigns the first serviceable bus with enough charge', async () => {
    const fleetNo = await depot.assign('14', 25);
    expect(fleetNo).toBe('T401');
    expect(depot.routeOf('T401')).toBe('14');
  });

  it('skips defective buses even with a full battery', async () => {
    await depot.assign('14', 25);
    await expect(depot.assign('3', 90)).rejects.toThrow(/no serviceable bus/);
  });

  it('lets a low-charge bus take a fully wired route', async () => {
    await depot.assign('14', 25);
    await expect(depot.assign('7', 0)).resolves.toEqual('T402');
    expect(depot.routeOf('T402')).toBe('7');
  });
});
