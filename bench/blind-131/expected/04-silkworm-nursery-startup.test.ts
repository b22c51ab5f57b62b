// expect: no-uncalled-async-function
// start() loops over its async step functions with `await step` instead of `await step()`, so no step ever runs and the nursery is marked started with cold incubators.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface IncubatorBus {
  setTarget(zone: string, celsius: number): Promise<void>;
}

interface PlanStore {
  loadFeedingPlan(season: string): Promise<Array<{ instar: number; leavesPerTrayG: number }>>;
}

class NurseryController {
  started = false;
  feedingPlan: Array<{ instar: number; leavesPerTrayG: number }> = [];
  private readonly zones = ['hatching', 'first-instar', 'spinning'];

  constructor(
    private readonly bus: IncubatorBus,
    private readonly plans: PlanStore,
    private readonly season: string,
  ) {}

  private async warmIncubators(): Promise<void> {
    const targets: Record<string, number> = { hatching: 25, 'first-instar': 26, spinning: 24 };
    for (const zone of this.zones) {
      await this.bus.setTarget(zone, targets[zone]);
    }
  }

  private async loadFeedingPlan(): Promise<void> {
    this.feedingPlan = await this.plans.loadFeedingPlan(this.season);
  }

  async start(): Promise<void> {
    if (this.started) return;
    const steps: Array<() => Promise<void>> = [() => this.warmIncubators(), () => this.loadFeedingPlan()];
    for (const step of steps) {
      await step;
    }
    this.started = true;
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    for (const zone of this.zones) await this.bus.setTarget(zone, 18);
    this.started = false;
  }
}

describe('NurseryController', () => {
  const targets: Array<[string, number]> = [];
  let controller: NurseryController;

  before(() => {
    const bus: IncubatorBus = {
      async setTarget(zone, celsius) {
        targets.push([zone, celsius]);
      },
    };
    const plans: PlanStore = {
      async loadFeedingPlan() {
        return [
          { instar: 1, leavesPerTrayG: 40 },
          { instar: 5, leavesPerTrayG: 900 },
        ];
      },
    };
    controller = new NurseryController(bus, plans, 'spring-2025');
  });

  after(async () => {
    await controller.stop();
  });

  test('marks the nursery as started', async () => {
    await controller.start();
    assert.equal(controller.started, true);
  });

  test('start is idempotent', async () => {
    const countBefore = targets.length;
    await controller.start();
    assert.equal(targets.length, countBefore);
  });

  test('stop cools every zone to 18°C', async () => {
    await controller.stop();
    assert.deepEqual(targets.slice(-3), [
      ['hatching', 18],
      ['first-instar', 18],
      ['spinning', 18],
    ]);
    assert.equal(controller.started, false);
  });
});
