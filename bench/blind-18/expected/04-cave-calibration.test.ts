// expect: none
// Correct: the calibration promise is created once on purpose and awaited by several tests to share the cached sensor offsets.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';

interface Calibration {
  humidityOffset: number;
  tempOffsetC: number;
  loadedAt: number;
}

interface RawSample {
  shelf: string;
  humidityPct: number;
  tempC: number;
}

let calibrationLoads = 0;

async function loadCalibration(): Promise<Calibration> {
  calibrationLoads += 1;
  await new Promise((resolve) => setTimeout(resolve, 10));
  return { humidityOffset: -1.5, tempOffsetC: 0.3, loadedAt: Date.now() };
}

class CaveMonitor {
  constructor(private readonly calibration: Promise<Calibration>) {}

  async correct(sample: RawSample): Promise<RawSample> {
    const cal = await this.calibration;
    return {
      shelf: sample.shelf,
      humidityPct: Math.min(100, sample.humidityPct + cal.humidityOffset),
      tempC: Number((sample.tempC + cal.tempOffsetC).toFixed(2)),
    };
  }

  async flagOutOfRange(samples: RawSample[]): Promise<string[]> {
    const corrected = await Promise.all(samples.map((s) => this.correct(s)));
    return corrected.filter((s) => s.humidityPct < 85 || s.humidityPct > 95 || s.tempC < 10 || s.tempC > 13).map((s) => s.shelf);
  }
}

describe('CaveMonitor', () => {
  const calibration = loadCalibration();
  let monitor: CaveMonitor;

  before(async () => {
    monitor = new CaveMonitor(calibration);
    await calibration;
  });

  it('applies the humidity offset to each shelf reading', async () => {
    const out = await monitor.correct({ shelf: 'B4', humidityPct: 92, tempC: 11.2 });
    assert.equal(out.humidityPct, 90.5);
    assert.equal(out.tempC, 11.5);
  });

  it('flags wheels stored outside the aging window', async () => {
    const flagged = await monitor.flagOutOfRange([
      { shelf: 'A1', humidityPct: 91, tempC: 11 },
      { shelf: 'A2', humidityPct: 84, tempC: 11 },
      { shelf: 'C7', humidityPct: 90, tempC: 13.4 },
    ]);
    assert.deepEqual(flagged, ['A2', 'C7']);
  });

  it('shares one calibration load across every test', async () => {
    const first = await calibration;
    const again = await calibration;
    assert.strictEqual(first, again);
    assert.equal(calibrationLoads, 1);
  });
});
