// expect: none
// assert.rejects and after() are handed functions on purpose (both accept a callback); every async call is made and awaited.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';

type Channel = 'A' | 'B' | 'pH-down' | 'CalMag';

interface Sensor {
  read(): Promise<{ ec: number; ph: number }>;
}

class DosingController {
  private readonly dosedMl: Record<Channel, number> = { A: 0, B: 0, 'pH-down': 0, CalMag: 0 };
  private open = true;

  constructor(
    private readonly sensor: Sensor,
    private readonly reservoirLitres: number,
  ) {}

  async dose(channel: Channel, ml: number): Promise<number> {
    if (!this.open) throw new Error('controller is shut down');
    if (ml <= 0) throw new RangeError(`dose for ${channel} must be positive`);
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.dosedMl[channel] += ml;
    return this.dosedMl[channel];
  }

  async correct(targetEc: number, targetPh: number): Promise<Array<[Channel, number]>> {
    const { ec, ph } = await this.sensor.read();
    const plan: Array<[Channel, number]> = [];
    if (ec < targetEc - 0.1) {
      const ml = Math.round(((targetEc - ec) / 0.1) * this.reservoirLitres * 0.05);
      plan.push(['A', ml], ['B', ml]);
    }
    if (ph > targetPh + 0.2) {
      plan.push(['pH-down', Math.round((ph - targetPh) * this.reservoirLitres * 0.1)]);
    }
    for (const [channel, ml] of plan) {
      await this.dose(channel, ml);
    }
    return plan;
  }

  async shutdown(): Promise<void> {
    this.open = false;
  }
}

function fixedSensor(ec: number, ph: number): Sensor {
  return { read: async () => ({ ec, ph }) };
}

describe('DosingController', () => {
  let controller: DosingController;
  let depleted: DosingController;

  before(() => {
    controller = new DosingController(fixedSensor(1.2, 6.4), 200);
    depleted = new DosingController(fixedSensor(0.4, 7.1), 200);
  });

  after(async () => {
    await Promise.all([controller.shutdown(), depleted.shutdown()]);
  });

  it('doses nutrients A and B equally when EC is low', async () => {
    const plan = await controller.correct(1.6, 6.0);
    assert.deepEqual(plan.slice(0, 2), [
      ['A', 40],
      ['B', 40],
    ]);
  });

  it('adds pH-down when the reservoir drifts alkaline', async () => {
    const plan = await depleted.correct(1.6, 6.0);
    assert.ok(plan.some(([channel]) => channel === 'pH-down'));
  });

  it('rejects a non-positive dose', async () => {
    await assert.rejects(() => controller.dose('CalMag', 0), RangeError);
  });

  it('accumulates repeated doses on a channel', async () => {
    const first = await controller.dose('CalMag', 5);
    const second = await controller.dose('CalMag', 7);
    assert.equal(second - first, 7);
  });

  it('refuses to dose after shutdown', async (t) => {
    const spare = new DosingController(fixedSensor(1.0, 6.0), 50);
    t.after(spare.shutdown.bind(spare));
    await spare.shutdown();
    await assert.rejects(spare.dose.bind(spare, 'A', 2), /shut down/);
  });
});
