// expect: no-promise-as-value
// The "figure at risk" test passes monitor.isAtRisk(...) (a Promise<boolean>) straight to assert.ok, which is always truthy, so the assertion can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Figure {
  name: string;
  hall: string;
  waxBlend: 'beeswax' | 'paraffin-mix' | 'microcrystalline';
}

class HallSensors {
  private temps = new Map<string, number>();
  private humidity = new Map<string, number>();

  set(hall: string, tempC: number, rh = 0.45): void {
    this.temps.set(hall, tempC);
    this.humidity.set(hall, rh);
  }

  async read(hall: string): Promise<{ tempC: number; rh: number }> {
    await Promise.resolve();
    const tempC = this.temps.get(hall);
    if (tempC === undefined) throw new Error(`no sensor in hall ${hall}`);
    return { tempC, rh: this.humidity.get(hall) ?? 0.5 };
  }
}

// softening points: pure beeswax figures tolerate the most heat
const SOFTEN_C: Record<Figure['waxBlend'], number> = {
  beeswax: 28,
  'paraffin-mix': 24,
  microcrystalline: 26,
};

class FigureMonitor {
  constructor(private readonly sensors: HallSensors, private readonly figures: Figure[]) {}

  private figure(name: string): Figure {
    const f = this.figures.find((x) => x.name === name);
    if (!f) throw new Error(`unknown figure ${name}`);
    return f;
  }

  async isAtRisk(name: string): Promise<boolean> {
    const f = this.figure(name);
    const { tempC, rh } = await this.sensors.read(f.hall);
    // humid air makes surfaces tacky a couple of degrees earlier
    const margin = rh > 0.6 ? 2 : 0;
    return tempC >= SOFTEN_C[f.waxBlend] - margin;
  }

  async atRisk(): Promise<string[]> {
    const flags = await Promise.all(this.figures.map((f) => this.isAtRisk(f.name)));
    return this.figures.filter((_, i) => flags[i]).map((f) => f.name);
  }
}

describe('wax figure heat monitoring', () => {
  let sensors: HallSensors;
  let monitor: FigureMonitor;

  beforeEach(() => {
    sensors = new HallSensors();
    sensors.set('royals', 21);
    sensors.set('rock-legends', 22);
    monitor = new FigureMonitor(sensors, [
      { name: 'Queen Victoria', hall: 'royals', waxBlend: 'beeswax' },
      { name: 'Freddie', hall: 'rock-legends', waxBlend: 'paraffin-mix' },
      { name: 'Elvis', hall: 'rock-legends', waxBlend: 'microcrystalline' },
    ]);
  });

  it('reports no risk at normal hall temperatures', async () => {
    assert.deepEqual(await monitor.atRisk(), []);
  });

  it('flags a paraffin figure once the hall passes its softening point', async () => {
    sensors.set('rock-legends', 24.5);
    assert.ok(monitor.isAtRisk('Freddie'));
    assert.equal(await monitor.isAtRisk('Elvis'), false);
  });

  it('treats humid halls as riskier', async () => {
    sensors.set('rock-legends', 24.2, 0.7);
    assert.deepEqual(await monitor.atRisk(), ['Freddie', 'Elvis']);
  });

  it('does not flag beeswax figures at paraffin temperatures', async () => {
    sensors.set('royals', 25);
    assert.equal(await monitor.isAtRisk('Queen Victoria'), false);
  });

  it('fails loudly for a hall without a sensor', async () => {
    const lonely = new FigureMonitor(sensors, [{ name: 'Houdini', hall: 'magic', waxBlend: 'beeswax' }]);
    await assert.rejects(lonely.isAtRisk('Houdini'), /no sensor in hall magic/);
  });
});
