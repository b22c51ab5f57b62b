// expect: none
// Every assertion is made on an awaited value (assert.equal(await …), assert.ok(await …)) or through assert.rejects on the promise itself, so the tests check real calibration results rather than promise objects.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface CalibrationBench {
  flowZeroAir(sensorId: string): Promise<number>;
  flowSpanGas(sensorId: string, ppm: number): Promise<number>;
  release(): Promise<void>;
}

interface CalibrationRecord {
  sensorId: string;
  zeroOffset: number;
  gain: number;
  at: number;
}

class SensorCalibrator {
  private readonly records = new Map<string, CalibrationRecord>();

  constructor(
    private readonly bench: CalibrationBench,
    private readonly maxAgeMs = 30 * 86_400_000,
  ) {}

  async calibrate(sensorId: string, spanPpm: number): Promise<CalibrationRecord> {
    if (spanPpm <= 0) throw new Error('span gas concentration must be positive');
    const zeroOffset = await this.bench.flowZeroAir(sensorId);
    const raw = await this.bench.flowSpanGas(sensorId, spanPpm);
    const record = { sensorId, zeroOffset, gain: spanPpm / (raw - zeroOffset), at: Date.now() };
    this.records.set(sensorId, record);
    return record;
  }

  async isCalibrated(sensorId: string): Promise<boolean> {
    const rec = this.records.get(sensorId);
    return rec !== undefined && Date.now() - rec.at < this.maxAgeMs;
  }

  async correct(sensorId: string, raw: number): Promise<number> {
    const rec = this.records.get(sensorId);
    if (!rec) throw new Error(`sensor ${sensorId} has never been calibrated`);
    return (raw - rec.zeroOffset) * rec.gain;
  }

  async close(): Promise<void> {
    await this.bench.release();
  }
}

describe('SensorCalibrator', () => {
  let bench: { [K in keyof CalibrationBench]: ReturnType<typeof mock.fn<CalibrationBench[K]>> };
  let calibrator: SensorCalibrator;

  beforeEach(() => {
    mock.timers.enable({ apis: ['Date'], now: Date.parse('2024-05-01T06:00:00Z') });
    bench = {
      flowZeroAir: mock.fn<CalibrationBench['flowZeroAir']>(async () => 0.2),
      flowSpanGas: mock.fn<CalibrationBench['flowSpanGas']>(async (_id, ppm) => ppm / 2 + 0.2),
      release: mock.fn<CalibrationBench['release']>(async () => {}),
    };
    calibrator = new SensorCalibrator(bench);
  });

  afterEach(async () => {
    await calibrator.close();
    mock.timers.reset();
  });

  it('derives gain from the span reading', async () => {
    const rec = await calibrator.calibrate('so2-rim', 50);
    assert.equal(rec.gain, 2);
    assert.equal(await calibrator.correct('so2-rim', 10.2), 20);
  });

  it('reports calibration status and expiry', async () => {
    assert.equal(await calibrator.isCalibrated('so2-rim'), false);
    await calibrator.calibrate('so2-rim', 50);
    assert.ok(await calibrator.isCalibrated('so2-rim'));
    mock.timers.tick(31 * 86_400_000);
    assert.equal(await calibrator.isCalibrated('so2-rim'), false);
  });

  it('refuses a zero span and uncalibrated sensors', async () => {
    await assert.rejects(calibrator.calibrate('h2s-vent', 0), /must be positive/);
    await assert.rejects(calibrator.correct('h2s-vent', 3), /never been calibrated/);
    assert.equal(bench.flowZeroAir.mock.callCount(), 0);
  });

  it('releases the bench on close', async () => {
    await calibrator.close();
    assert.equal(bench.release.mock.callCount(), 1);
  });
});
