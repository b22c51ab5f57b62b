// expect: no-promise-as-value
// The dry-soil test asserts assert.ok(controller.isValveOpen(...)) without await; the returned promise is always truthy, so the assertion can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type Species = 'juniper' | 'ficus' | 'maple' | 'azalea';

interface Tree {
  zone: string;
  species: Species;
  potVolumeMl: number;
}

interface ValveBus {
  set(zone: string, open: boolean): Promise<void>;
  read(zone: string): Promise<boolean>;
}

const DRY_BELOW: Record<Species, number> = { juniper: 0.18, ficus: 0.3, maple: 0.26, azalea: 0.35 };

class IrrigationTimer {
  private readonly moisture = new Map<string, number>();

  constructor(
    private readonly trees: Tree[],
    private readonly bus: ValveBus,
  ) {}

  report(zone: string, fraction: number): void {
    this.moisture.set(zone, fraction);
  }

  async tick(): Promise<string[]> {
    const opened: string[] = [];
    for (const tree of this.trees) {
      const m = this.moisture.get(tree.zone);
      const dry = m !== undefined && m < DRY_BELOW[tree.species];
      await this.bus.set(tree.zone, dry);
      if (dry) opened.push(tree.zone);
    }
    return opened;
  }

  async isValveOpen(zone: string): Promise<boolean> {
    return this.bus.read(zone);
  }
}

function memoryBus(): ValveBus & { writes: number } {
  const state = new Map<string, boolean>();
  const bus = {
    writes: 0,
    async set(zone: string, open: boolean) {
      bus.writes++;
      state.set(zone, open);
    },
    async read(zone: string) {
      return state.get(zone) ?? false;
    },
  };
  return bus;
}

describe('bonsai irrigation timer', () => {
  let bus: ReturnType<typeof memoryBus>;
  let controller: IrrigationTimer;

  beforeEach(() => {
    bus = memoryBus();
    controller = new IrrigationTimer(
      [
        { zone: 'juniper-3', species: 'juniper', potVolumeMl: 1_200 },
        { zone: 'ficus-1', species: 'ficus', potVolumeMl: 2_000 },
      ],
      bus,
    );
  });

  it('keeps valves closed when no moisture has been reported', async () => {
    await controller.tick();
    assert.equal(await controller.isValveOpen('juniper-3'), false);
    assert.equal(bus.writes, 2);
  });

  it('opens the valve when the soil is dry', async () => {
    controller.report('juniper-3', 0.12);
    await controller.tick();
    assert.ok(controller.isValveOpen('juniper-3'));
  });

  it('uses species-specific thresholds', async () => {
    controller.report('juniper-3', 0.25);
    controller.report('ficus-1', 0.25);
    const opened = await controller.tick();
    assert.deepEqual(opened, ['ficus-1']);
    assert.equal(await controller.isValveOpen('juniper-3'), false);
  });
});
