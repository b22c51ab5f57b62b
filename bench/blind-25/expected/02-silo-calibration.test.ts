// expect: none
// The calibration promise is memoised on purpose; awaiting the same cached promise from several callers is correct because it is only meant to load once.
import { test } from 'node:test';
import assert from 'node:assert/strict';

interface Calibration {
  siloId: string;
  emptyDistanceMm: number;
  fullDistanceMm: number;
}

interface GrainSensor {
  readDistance(): Promise<number>;
}

class SiloLevelReader {
  private calibration?: Promise<Calibration>;

  constructor(
    private readonly siloId: string,
    private readonly sensor: GrainSensor,
    private readonly loadCalibration: (siloId: string) => Promise<Calibration>,
  ) {}

  private getCalibration(): Promise<Calibration> {
    this.calibration ??= this.loadCalibration(this.siloId);
    return this.calibration;
  }

  async fillPercent(): Promise<number> {
    const [cal, distance] = await Promise.all([this.getCalibration(), this.sensor.readDistance()]);
    const span = cal.emptyDistanceMm - cal.fullDistanceMm;
    const pct = ((cal.emptyDistanceMm - distance) / span) * 100;
    return Math.max(0, Math.min(100, Math.round(pct * 10) / 10));
  }
}

function fakeSensor(readings: number[]): GrainSensor {
  let i = 0;
  return {
    async readDistance() {
      return readings[Math.min(i++, readings.length - 1)];
    },
  };
}

test('loads calibration once across concurrent reads', async () => {
  let loads = 0;
  const loader = async (siloId: string): Promise<Calibration> => {
    loads++;
    return { siloId, emptyDistanceMm: 20000, fullDistanceMm: 2000 };
  };
  const reader = new SiloLevelReader('S-04', fakeSensor([11000, 11000, 2000]), loader);

  const [a, b] = await Promise.all([reader.fillPercent(), reader.fillPercent()]);
  assert.equal(a, 50);
  assert.equal(b, 50);
  assert.equal(await reader.fillPercent(), 100);
  assert.equal(loads, 1);
});

test('cached calibration resolves to the same object', async () => {
  const pending = Promise.resolve({ siloId: 'S-09', emptyDistanceMm: 15000, fullDistanceMm: 1500 });
  const reader = new SiloLevelReader('S-09', fakeSensor([15000]), () => pending);

  const first = await pending;
  assert.equal(await reader.fillPercent(), 0);
  const second = await pending;
  assert.equal(first, second);
});

test('clamps readings above the full mark', async () => {
  const reader = new SiloLevelReader(
    'S-01',
    fakeSensor([500]),
    async (siloId) => ({ siloId, emptyDistanceMm: 10000, fullDistanceMm: 1000 }),
  );
  assert.equal(await reader.fillPercent(), 100);
});
