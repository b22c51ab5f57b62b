// expect: no-floating-promises
// In the "stale sensor" test assert.rejects is called without await, so the test finishes before the assertion settles and its failure is never observed.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface SensorReading {
  bench: string;
  humidityPct: number;
  leafTempC: number;
  takenAt: number;
}

type SensorSource = (bench: string) => Promise<SensorReading>;

class MistingController {
  readonly pulses: { bench: string; seconds: number }[] = [];

  constructor(
    private readonly readSensor: SensorSource,
    private readonly targetHumidity = 70,
    private readonly maxAgeMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async regulate(bench: string): Promise<number> {
    const reading = await this.readSensor(bench);
    if (this.now() - reading.takenAt > this.maxAgeMs) {
      throw new Error(`Reading for ${bench} is stale`);
    }
    if (reading.leafTempC < 14) {
      // Misting cold Phalaenopsis leaves invites crown rot.
      return 0;
    }
    const deficit = this.targetHumidity - reading.humidityPct;
    if (deficit <= 0) return 0;
    const seconds = Math.min(30, Math.round(deficit * 1.5));
    this.pulses.push({ bench, seconds });
    return seconds;
  }
}

const NOW = Date.parse('2024-05-14T06:30:00Z');

function fixedSensor(overrides: Partial<SensorReading> = {}): SensorSource {
  return async (bench) => ({
    bench,
    humidityPct: 55,
    leafTempC: 21,
    takenAt: NOW - 30_000,
    ...overrides,
  });
}

describe('MistingController', () => {
  let controller: MistingController;

  beforeEach(() => {
    controller = new MistingController(fixedSensor(), 70, 5 * 60_000, () => NOW);
  });

  it('mists in proportion to the humidity deficit', async () => {
    const seconds = await controller.regulate('bench-3');
    assert.equal(seconds, 23);
    assert.deepEqual(controller.pulses, [{ bench: 'bench-3', seconds: 23 }]);
  });

  it('caps a single pulse at thirty seconds', async () => {
    controller = new MistingController(fixedSensor({ humidityPct: 20 }), 70, 5 * 60_000, () => NOW);
    assert.equal(await controller.regulate('bench-1'), 30);
  });

  it('skips misting when leaves are cold', async () => {
    controller = new MistingController(fixedSensor({ leafTempC: 11 }), 70, 5 * 60_000, () => NOW);
    assert.equal(await controller.regulate('bench-7'), 0);
    assert.equal(controller.pulses.length, 0);
  });

  it('refuses to act on a stale sensor reading', async () => {
    controller = new MistingController(
      fixedSensor({ takenAt: NOW - 20 * 60_000 }),
      70,
      5 * 60_000,
      () => NOW,
    );
    assert.rejects(controller.regulate('bench-2'), /stale/);
    assert.equal(controller.pulses.length, 0);
  });

  it('surfaces sensor bus failures', async () => {
    const failing: SensorSource = async () => {
      throw new Error('I2C timeout');
    };
    controller = new MistingController(failing, 70, 5 * 60_000, () => NOW);
    await assert.rejects(controller.regulate('bench-4'), /I2C timeout/);
  });
});
