// expect: no-promise-as-value
// assert.ok receives the Promise returned by the async isReadyToRack(), which is always truthy, so the test can never fail.
import { describe, it, beforeEach } from 'node:test';
import { strict as assert } from 'node:assert';

interface GravitySample {
  takenAt: number;
  specificGravity: number;
  temperatureC: number;
}

interface Hydrometer {
  samples(tankId: string, sinceMs: number): Promise<GravitySample[]>;
}

class FermentationTank {
  constructor(
    readonly id: string,
    private readonly hydrometer: Hydrometer,
    private readonly targetFg: number,
  ) {}

  async currentGravity(): Promise<number | undefined> {
    const recent = await this.hydrometer.samples(this.id, Date.now() - 6 * 3600_000);
    return recent.at(-1)?.specificGravity;
  }

  // Ready when gravity has held steady at or below target for three days.
  async isReadyToRack(now = Date.now()): Promise<boolean> {
    const window = await this.hydrometer.samples(this.id, now - 72 * 3600_000);
    if (window.length < 3) return false;
    const values = window.map((s) => s.specificGravity);
    const spread = Math.max(...values) - Math.min(...values);
    return spread <= 0.001 && values[values.length - 1] <= this.targetFg;
  }
}

function fakeHydrometer(readings: number[], intervalHours = 12): Hydrometer {
  return {
    async samples(_tankId, sinceMs) {
      const start = Date.now() - readings.length * intervalHours * 3600_000;
      return readings
        .map((sg, i) => ({
          takenAt: start + (i + 1) * intervalHours * 3600_000,
          specificGravity: sg,
          temperatureC: 19.5,
        }))
        .filter((s) => s.takenAt >= sinceMs);
    },
  };
}

describe('FermentationTank', () => {
  let stable: Hydrometer;

  beforeEach(() => {
    stable = fakeHydrometer([1.05, 1.03, 1.018, 1.012, 1.011, 1.011, 1.011, 1.0105, 1.011, 1.011]);
  });

  it('reports the latest gravity reading', async () => {
    const tank = new FermentationTank('FV-3', stable, 1.012);
    assert.equal(await tank.currentGravity(), 1.011);
  });

  it('is ready to rack once gravity is stable at final gravity', () => {
    const tank = new FermentationTank('FV-3', stable, 1.012);
    assert.ok(tank.isReadyToRack());
  });

  it('is not ready while gravity is still dropping', async () => {
    const active = fakeHydrometer([1.06, 1.052, 1.044, 1.037, 1.031, 1.026, 1.022]);
    const tank = new FermentationTank('FV-7', active, 1.012);
    assert.equal(await tank.isReadyToRack(), false);
  });

  it('is not ready with too few samples', async () => {
    const sparse = fakeHydrometer([1.011, 1.011], 48);
    const tank = new FermentationTank('FV-1', sparse, 1.012);
    assert.equal(await tank.isReadyToRack(), false);
  });
});
