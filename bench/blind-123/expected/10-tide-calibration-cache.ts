// expect: none
// Sharing one in-flight calibration promise between callers is intentional memoisation, and the cache entry is dropped on rejection so the next call starts a new load instead of reusing the failure.
export interface Calibration {
  station: string;
  conductivityGain: number;
  conductivityOffset: number;
  validUntil: number;
}

export interface CalibrationApi {
  fetchCalibration(station: string): Promise<Calibration>;
}

export interface RawSample {
  station: string;
  conductivityMsCm: number;
  tempC: number;
}

export class CalibrationCache {
  private readonly entries = new Map<string, Promise<Calibration>>();

  constructor(
    private readonly api: CalibrationApi,
    private readonly now: () => number = Date.now,
  ) {}

  get(station: string): Promise<Calibration> {
    const cached = this.entries.get(station);
    if (cached) return cached;
    const loading = this.api.fetchCalibration(station).then(
      (calibration) => {
        if (calibration.validUntil <= this.now()) {
          this.entries.delete(station);
        }
        return calibration;
      },
      (err: unknown) => {
        this.entries.delete(station);
        throw err;
      },
    );
    this.entries.set(station, loading);
    return loading;
  }

  invalidate(station: string): void {
    this.entries.delete(station);
  }
}

export class MarshSampleCorrector {
  constructor(private readonly calibrations: CalibrationCache) {}

  async correct(sample: RawSample): Promise<{ station: string; conductivity25: number }> {
    const cal = await this.calibrations.get(sample.station);
    const corrected = sample.conductivityMsCm * cal.conductivityGain + cal.conductivityOffset;
    // normalise to 25C with the usual 1.91%/C coefficient for estuarine water
    const conductivity25 = corrected / (1 + 0.0191 * (sample.tempC - 25));
    return { station: sample.station, conductivity25: Math.round(conductivity25 * 100) / 100 };
  }

  async correctBatch(samples: RawSample[]): Promise<Array<{ station: string; conductivity25: number }>> {
    return Promise.all(samples.map((s) => this.correct(s)));
  }
}
