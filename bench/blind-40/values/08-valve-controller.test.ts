// expect: no-promise-as-value
// The 'opens the valve' test asserts expect(controller.isOpen(...)).toBeTruthy() on an async method, so it checks a Promise object and can never fail.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeTruthy(): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

type ValvePosition = 'open' | 'closed';

interface ValveBus {
  write(valveId: string, position: ValvePosition): Promise<void>;
  read(valveId: string): Promise<ValvePosition>;
}

class FakeValveBus implements ValveBus {
  readonly positions = new Map<string, ValvePosition>();
  readonly writes: Array<[string, ValvePosition]> = [];
  failing = new Set<string>();

  async write(valveId: string, position: ValvePosition): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
    if (this.failing.has(valveId)) throw new Error(`valve ${valveId} not responding`);
    this.writes.push([valveId, position]);
    this.positions.set(valveId, position);
  }

  async read(valveId: string): Promise<ValvePosition> {
    return this.positions.get(valveId) ?? 'closed';
  }
}

class RooftopValveController {
  private readonly zoneValves: Map<string, string>;

  constructor(
    private readonly bus: ValveBus,
    zones: Record<string, string>,
    private readonly maxOpen = 2,
  ) {
    this.zoneValves = new Map(Object.entries(zones));
  }

  async open(zoneId: string): Promise<void> {
    const valveId = this.valveFor(zoneId);
    const openNow = await this.openZones();
    if (!openNow.includes(zoneId) && openNow.length >= this.maxOpen) {
      throw new Error(`pressure limit: ${openNow.join(', ')} already open`);
    }
    await this.bus.write(valveId, 'open');
  }

  async close(zoneId: string): Promise<void> {
    await this.bus.write(this.valveFor(zoneId), 'closed');
  }

  async isOpen(zoneId: string): Promise<boolean> {
    return (await this.bus.read(this.valveFor(zoneId))) === 'open';
  }

  async openZones(): Promise<string[]> {
    const open: string[] = [];
    for (const [zoneId, valveId] of this.zoneValves) {
      if ((await this.bus.read(valveId)) === 'open') open.push(zoneId);
    }
    return open;
  }

  private valveFor(zoneId: string): string {
    const valveId = this.zoneValves.get(zoneId);
    if (!valveId) throw new Error(`unknown zone ${zoneId}`);
    return valveId;
  }
}

describe('rooftop garden valve controller', () => {
  let bus: FakeValveBus;
  let controller: RooftopValveController;

  beforeEach(() => {
    bus = new FakeValveBus();
    controller = new RooftopValveController(bus, { 'north-beds': 'V1', 'herb-spiral': 'V2', 'pollinator-strip': 'V3' });
  });

  it('opens the valve for a zone', async () => {
    await controller.open('north-beds');
    expect(controller.isOpen('north-beds')).toBeTruthy();
  });

  it('closes a previously opened zone', async () => {
    await controller.open('herb-spiral');
    await controller.close('herb-spiral');
    expect(await controller.openZones()).toEqual([]);
  });

  it('enforces the pressure limit on simultaneous zones', async () => {
    await controller.open('north-beds');
    await controller.open('herb-spiral');
    await expect(controller.open('pollinator-strip')).rejects.toThrow(/pressure limit/);
  });

  it('surfaces a valve that stops responding', async () => {
    bus.failing.add('V3');
    await expect(controller.open('pollinator-strip')).rejects.toThrow(/not responding/);
    expect(bus.writes).toEqual([]);
  });
});
