// expect: none
// Every assertion is made on an awaited value (`assert.ok(await …)`, `assert.equal(await …)`) or through assert.rejects, and the events collected by listeners are read only after awaiting the firing that emits them.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface ConeChart {
  temperatureFor(cone: string, rampPerHour: number): Promise<number>;
}

interface FiringPlan {
  cone: string;
  rampPerHour: number;
  ware: 'bisque' | 'glaze' | 'raku';
}

class FiringPlanner extends EventEmitter {
  private booked = new Set<string>();

  constructor(private readonly chart: ConeChart, private readonly maxC = 1_300) {
    super();
  }

  async plan(kilnId: string, p: FiringPlan): Promise<{ kilnId: string; targetC: number }> {
    if (this.booked.has(kilnId)) throw new Error(`kiln ${kilnId} already loaded`);
    const targetC = await this.chart.temperatureFor(p.cone, p.rampPerHour);
    if (targetC > this.maxC) throw new Error(`cone ${p.cone} exceeds ${this.maxC}°C element rating`);
    this.booked.add(kilnId);
    this.emit('planned', { kilnId, targetC, ware: p.ware });
    return { kilnId, targetC };
  }

  async canFire(kilnId: string, p: FiringPlan): Promise<boolean> {
    if (this.booked.has(kilnId)) return false;
    return (await this.chart.temperatureFor(p.cone, p.rampPerHour)) <= this.maxC;
  }

  unload(kilnId: string): void {
    this.booked.delete(kilnId);
  }
}

describe('FiringPlanner', () => {
  let temperatureFor: ReturnType<typeof mock.fn<ConeChart['temperatureFor']>>;
  let planner: FiringPlanner;
  let planned: Array<{ kilnId: string; targetC: number }>;

  beforeEach(() => {
    const table: Record<string, number> = { '04': 1060, '6': 1222, '10': 1305 };
    temperatureFor = mock.fn<ConeChart['temperatureFor']>(async (cone) => table[cone] ?? Number.NaN);
    planner = new FiringPlanner({ temperatureFor });
    planned = [];
    planner.on('planned', (e: { kilnId: string; targetC: number }) => planned.push(e));
  });

  afterEach(() => {
    planner.removeAllListeners();
    mock.restoreAll();
  });

  it('allows a cone 6 glaze firing', async () => {
    assert.ok(await planner.canFire('k1', { cone: '6', rampPerHour: 60, ware: 'glaze' }));
  });

  it('plans a bisque firing and announces it', async () => {
    const result = await planner.plan('k2', { cone: '04', rampPerHour: 150, ware: 'bisque' });
    assert.deepEqual(result, { kilnId: 'k2', targetC: 1060 });
    assert.deepEqual(planned, [{ kilnId: 'k2', targetC: 1060, ware: 'bisque' }]);
  });

  it('refuses cone 10 on low-fire elements', async () => {
    await assert.rejects(planner.plan('k3', { cone: '10', rampPerHour: 60, ware: 'glaze' }), /exceeds 1300/);
    assert.equal(await planner.canFire('k3', { cone: '10', rampPerHour: 60, ware: 'glaze' }), false);
    assert.equal(planned.length, 0);
  });

  it('will not double-book a loaded kiln until it is unloaded', async () => {
    await planner.plan('k4', { cone: '6', rampPerHour: 80, ware: 'glaze' });
    assert.equal(await planner.canFire('k4', { cone: '04', rampPerHour: 150, ware: 'bisque' }), false);
    planner.unload('k4');
    assert.equal(await planner.canFire('k4', { cone: '04', rampPerHour: 150, ware: 'bisque' }), true);
    assert.equal(temperatureFor.mock.callCount(), 2);
  });
});
