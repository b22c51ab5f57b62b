// expect: no-unobserved-promise
// The second calibrate() call rejects immediately, but nothing handles it until after the first calibration has been awaited across the fake-timer advance.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface CalibrationResult {
  station: string;
  gain: number;
}

class StationCalibrator {
  private running: string | null = null;
  private readonly history: CalibrationResult[] = [];

  constructor(private readonly pulse: (station: string) => Promise<number>) {}

  get results(): readonly CalibrationResult[] {
    return this.history;
  }

  async calibrate(station: string): Promise<CalibrationResult> {
    if (this.running) throw new Error(`calibration already running on ${this.running}`);
    this.running = station;
    try {
      const gain = await this.pulse(station);
      if (!Number.isFinite(gain) || gain <= 0) throw new Error(`bad gain ${gain} from ${station}`);
      const result = { station, gain };
      this.history.push(result);
      return result;
    } finally {
      this.running = null;
    }
  }
}

describe('StationCalibrator', () => {
  let pulse: ReturnType<typeof vi.fn<(station: string) => Promise<number>>>;

  beforeEach(() => {
    vi.useFakeTimers();
    pulse = vi.fn((_station: string) => new Promise<number>((resolve) => setTimeout(() => resolve(1.02), 50)));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('records the gain returned by the calibration pulse', async () => {
    const cal = new StationCalibrator(pulse);
    const [result] = await Promise.all([cal.calibrate('KIL01'), vi.advanceTimersByTimeAsync(50)]);
    expect(result).toEqual({ station: 'KIL01', gain: 1.02 });
    expect(cal.results).toHaveLength(1);
  });

  it('refuses a concurrent calibration', async () => {
    const cal = new StationCalibrator(pulse);
    const first = cal.calibrate('KIL01');
    const second = cal.calibrate('KIL02');

    await vi.advanceTimersByTimeAsync(50);
    await expect(first).resolves.toEqual({ station: 'KIL01', gain: 1.02 });
    await expect(second).rejects.toThrow(/already running on KIL01/);
    expect(pulse).toHaveBeenCalledTimes(1);
  });

  it('rejects a non-positive gain and frees the calibrator', async () => {
    pulse.mockResolvedValueOnce(0);
    const cal = new StationCalibrator(pulse);
    await expect(cal.calibrate('MLO02')).rejects.toThrow(/bad gain 0/);

    const [again] = await Promise.all([cal.calibrate('MLO02'), vi.advanceTimersByTimeAsync(50)]);
    expect(again).toMatchObject({ station: 'MLO02' });
  });
});
