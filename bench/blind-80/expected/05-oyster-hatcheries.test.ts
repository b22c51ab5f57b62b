// expect: none
// resetTanks and the reader functions are handed to APIs that expect functions (before/beforeEach, a table of readers that each test calls), and every call's result is awaited.
import { describe, it, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface TankReading {
  tankId: string;
  value: number;
  unit: string;
}

type Reader = (tankId: string) => Promise<TankReading>;

const tanks = new Map<string, { salinityPsu: number; temperatureC: number; larvaePerMl: number }>();

async function resetTanks(): Promise<void> {
  tanks.clear();
  tanks.set('larval-1', { salinityPsu: 28, temperatureC: 24.5, larvaePerMl: 9 });
  tanks.set('larval-2', { salinityPsu: 31, temperatureC: 25.1, larvaePerMl: 4 });
  tanks.set('setting-1', { salinityPsu: 30, temperatureC: 22.0, larvaePerMl: 0 });
}

async function loadCalibration(): Promise<void> {
  // The real probes need a warm-up read; the fakes just yield once.
  await new Promise<void>((resolve) => setImmediate(resolve));
}

function tankOrThrow(tankId: string) {
  const tank = tanks.get(tankId);
  if (!tank) throw new Error(`unknown tank ${tankId}`);
  return tank;
}

const readSalinity: Reader = async (tankId) => ({ tankId, value: tankOrThrow(tankId).salinityPsu, unit: 'psu' });
const readTemperature: Reader = async (tankId) => ({ tankId, value: tankOrThrow(tankId).temperatureC, unit: '°C' });
const readLarvae: Reader = async (tankId) => ({ tankId, value: tankOrThrow(tankId).larvaePerMl, unit: 'larvae/ml' });

const readers: Record<string, Reader> = {
  salinity: readSalinity,
  temperature: readTemperature,
  larvae: readLarvae,
};

async function tankNeedsDrainDown(tankId: string): Promise<boolean> {
  const [salinity, temperature, larvae] = await Promise.all([
    readSalinity(tankId),
    readTemperature(tankId),
    readLarvae(tankId),
  ]);
  // Eyed larvae go to setting tanks; a larval tank below 5/ml is drained and restocked.
  return larvae.value < 5 && salinity.value > 25 && temperature.value > 20;
}

describe('hatchery tank readers', () => {
  before(loadCalibration);
  beforeEach(resetTanks);

  for (const [name, read] of Object.entries(readers)) {
    it(`${name} reader reports a unit and a finite value`, async () => {
      const reading = await read('larval-1');
      assert.equal(reading.tankId, 'larval-1');
      assert.ok(Number.isFinite(reading.value));
      assert.ok(reading.unit.length > 0);
    });

    it(`${name} reader rejects for an unknown tank`, async () => {
      await assert.rejects(read('broodstock-9'), /unknown tank/);
    });
  }

  it('flags thin larval tanks for drain-down', async () => {
    assert.equal(await tankNeedsDrainDown('larval-2'), true);
    assert.equal(await tankNeedsDrainDown('larval-1'), false);
  });

  it('reads all tanks in parallel', async () => {
    const ids = [...tanks.keys()];
    const readings = await Promise.all(ids.map(readTemperature));
    assert.deepEqual(
      readings.map((r) => r.tankId),
      ids,
    );
    assert.ok(readings.every((r) => r.value > 20));
  });
});
