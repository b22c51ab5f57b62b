// expect: none
// Probe reads are combined with Promise.all and every assert.rejects call is awaited.
import { describe, test } from 'node:test';
import { strict as assert } from 'node:assert';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ZoneProbe {
  zone: string;
  read(): Promise<number>;
}

export class IrrigationPlanner {
  constructor(
    private readonly probes: ZoneProbe[],
    private readonly threshold = 0.28,
    private readonly litresPerPoint = 40,
  ) {}

  async zonesNeedingWater(): Promise<string[]> {
    const readings = await Promise.all(
      this.probes.map(async (probe) => ({ zone: probe.zone, moisture: await probe.read() })),
    );
    return readings.filter((r) => r.moisture < this.threshold).map((r) => r.zone);
  }

  async litresFor(zone: string): Promise<number> {
    const probe = this.probes.find((p) => p.zone === zone);
    if (!probe) throw new Error(`unknown zone ${zone}`);
    const moisture = await probe.read();
    const deficit = Math.max(0, this.threshold - moisture);
    return Math.round(deficit * 100 * this.litresPerPoint);
  }
}

function probe(zone: string, moisture: number, latencyMs = 0): ZoneProbe {
  return {
    zone,
    async read() {
      await sleep(latencyMs);
      return moisture;
    },
  };
}

function offlineProbe(zone: string): ZoneProbe {
  return {
    zone,
    read: () => Promise.reject(new Error(`probe offline: ${zone}`)),
  };
}

describe('IrrigationPlanner', () => {
  test('flags only the dry blocks', async () => {
    const planner = new IrrigationPlanner([
      probe('merlot-north', 0.31, 5),
      probe('merlot-south', 0.19, 10),
      probe('chardonnay', 0.22, 1),
    ]);
    assert.deepEqual(await planner.zonesNeedingWater(), ['merlot-south', 'chardonnay']);
  });

  test('computes litres for several zones at once', async () => {
    const planner = new IrrigationPlanner([probe('syrah', 0.18, 5), probe('riesling', 0.4, 5)]);
    const [syrah, riesling] = await Promise.all([
      planner.litresFor('syrah'),
      planner.litresFor('riesling'),
    ]);
    assert.equal(syrah, 400);
    assert.equal(riesling, 0);
  });

  test('surfaces an offline probe', async () => {
    const planner = new IrrigationPlanner([probe('syrah', 0.2), offlineProbe('pinot')]);
    await assert.rejects(planner.zonesNeedingWater(), /probe offline: pinot/);
  });

  test('rejects unknown zones', async () => {
    const planner = new IrrigationPlanner([probe('syrah', 0.2)]);
    await assert.rejects(() => planner.litresFor('gamay'), { message: 'unknown zone gamay' });
  });
});
