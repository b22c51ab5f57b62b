// expect: none
// Every assertion on the async calibrator awaits the call first (assert.equal(await ...), assert.ok(await ...)) or hands the promise to assert.rejects, so the tests check resolved values rather than promise objects.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface AlphaSource { isotope: string; expectedRangeMm: number }
interface TrackSample { lengthMm: number }
interface ChamberCamera { capture(frames: number): Promise<TrackSample[]> }

class RangeCalibrator {
  private scale = 1;
  private calibrated = false;

  constructor(private readonly camera: ChamberCamera) {}

  async calibrate(source: AlphaSource, frames = 50): Promise<number> {
    const samples = await this.camera.capture(frames);
    if (samples.length < 10) throw new Error(`only ${samples.length} tracks captured, need 10`);
    const lengths = samples.map((s) => s.lengthMm).sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)];
    this.scale = source.expectedRangeMm / median;
    this.calibrated = true;
    return Math.round(this.scale * 1000) / 1000;
  }

  async isCalibrated(): Promise<boolean> {
    return this.calibrated;
  }

  async correctedLength(rawMm: number): Promise<number> {
    if (!this.calibrated) throw new Error('calibrate first');
    return Math.round(rawMm * this.scale * 10) / 10;
  }
}

const americium: AlphaSource = { isotope: 'Am-241', expectedRangeMm: 40 };
const tracks = (...mm: number[]): TrackSample[] => mm.map((lengthMm) => ({ lengthMm }));

describe('RangeCalibrator', () => {
  let capture: ReturnType<typeof mock.fn<ChamberCamera['capture']>>;
  let calibrator: RangeCalibrator;

  beforeEach(() => {
    capture = mock.fn<ChamberCamera['capture']>(async () => tracks(36, 37, 38, 38, 39, 40, 40, 41, 42, 50, 20));
    calibrator = new RangeCalibrator({ capture });
  });

  afterEach(() => {
    mock.restoreAll();
  });

  it('derives the scale from the median alpha track', async () => {
    assert.equal(await calibrator.calibrate(americium), 1.026);
    assert.ok(await calibrator.isCalibrated());
    assert.equal(capture.mock.calls[0].arguments[0], 50);
  });

  it('corrects raw track lengths once calibrated', async () => {
    await calibrator.calibrate(americium);
    assert.equal(await calibrator.correctedLength(20), 20.5);
  });

  it('refuses to correct before calibration', async () => {
    assert.equal(await calibrator.isCalibrated(), false);
    await assert.rejects(calibrator.correctedLength(20), /calibrate first/);
  });

  it('rejects a run with too few tracks', async () => {
    capture.mock.mockImplementation(async () => tracks(40, 41, 39));
    await assert.rejects(calibrator.calibrate(americium, 5), /only 3 tracks/);
    assert.equal(await calibrator.isCalibrated(), false);
  });
});
