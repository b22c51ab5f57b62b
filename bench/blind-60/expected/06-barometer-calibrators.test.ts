// expect: none
// Functions are handed only to APIs that take functions (assert.rejects, t.after, mock.fn); every awaited or Promise.all'd value is a call result.
import { describe, it, mock, type TestContext } from 'node:test';
import assert from 'node:assert/strict';

interface ReferenceReading {
  hPa: number;
  tempC: number;
}

interface CalibrationResult {
  serial: string;
  offsetHPa: number;
  slope: number;
}

class CalibrationBench {
  private opened = false;

  constructor(
    private readonly reference: () => Promise<ReferenceReading>,
    private readonly readUnit: (serial: string) => Promise<number>,
  ) {}

  async open(): Promise<void> {
    this.opened = true;
  }

  async close(): Promise<void> {
    this.opened = false;
  }

  async calibrate(serial: string, points = 3): Promise<CalibrationResult> {
    if (!this.opened) throw new Error('bench is not open');
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < points; i++) {
      const [ref, unit] = await Promise.all([this.reference(), this.readUnit(serial)]);
      if (ref.tempC < 15 || ref.tempC > 30) {
        throw new RangeError(`bench temperature ${ref.tempC}C outside 15..30C`);
      }
      pairs.push([unit, ref.hPa]);
    }
    const n = pairs.length;
    const sx = pairs.reduce((s, [x]) => s + x, 0);
    const sy = pairs.reduce((s, [, y]) => s + y, 0);
    const sxy = pairs.reduce((s, [x, y]) => s + x * y, 0);
    const sxx = pairs.reduce((s, [x]) => s + x * x, 0);
    const denom = n * sxx - sx * sx;
    const slope = denom === 0 ? 1 : (n * sxy - sx * sy) / denom;
    return { serial, slope, offsetHPa: (sy - slope * sx) / n };
  }
}

function sequence<T>(values: T[]): () => Promise<T> {
  let i = 0;
  return async () => values[Math.min(i++, values.length - 1)];
}

async function openBench(t: TestContext, ref: () => Promise<ReferenceReading>, unit: (s: string) => Promise<number>) {
  const bench = new CalibrationBench(ref, unit);
  await bench.open();
  t.after(() => bench.close());
  return bench;
}

describe('aneroid barometer calibration', () => {
  it('derives offset and slope from three reference points', async (t) => {
    const ref = sequence([
      { hPa: 990, tempC: 21 },
      { hPa: 1010, tempC: 21 },
      { hPa: 1030, tempC: 21 },
    ]);
    const unit = sequence([985, 1005, 1025]);
    const bench = await openBench(t, ref, unit);

    const result = await bench.calibrate('AN-0042');
    assert.equal(result.serial, 'AN-0042');
    assert.ok(Math.abs(result.offsetHPa - 5) < 1e-9);
    assert.ok(Math.abs(result.slope - 1) < 1e-9);
  });

  it('refuses to calibrate on a hot bench', async (t) => {
    const bench = await openBench(t, sequence([{ hPa: 1013, tempC: 34 }]), sequence([1013]));
    await assert.rejects(() => bench.calibrate('AN-0043'), RangeError);
  });

  it('refuses to calibrate before the bench is opened', async () => {
    const bench = new CalibrationBench(sequence([{ hPa: 1013, tempC: 20 }]), sequence([1013]));
    await assert.rejects(bench.calibrate.bind(bench, 'AN-0044'), /bench is not open/);
  });

  it('reads the unit once per reference point', async (t) => {
    const readUnit = mock.fn(async (_serial: string) => 1000);
    const bench = await openBench(t, sequence([{ hPa: 1000, tempC: 20 }]), readUnit);
    await bench.calibrate('AN-0045', 5);
    assert.equal(readUnit.mock.callCount(), 5);
  });
});
