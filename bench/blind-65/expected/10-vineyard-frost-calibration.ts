// expect: none
// The calibration promise is memoized on purpose: one load shared by every reading, cleared on failure so the next call retries.
export interface SensorCalibration {
  sensorId: string;
  offsetC: number;
  slope: number;
  validUntil: number;
}

export interface RawReading {
  sensorId: string;
  row: string;
  rawC: number;
  leafWetness: number;
  takenAt: number;
}

export interface FrostReading extends Omit<RawReading, 'rawC'> {
  celsius: number;
  frostRisk: 'none' | 'watch' | 'act';
}

declare const calibrationApi: { fetchAll(block: string): Promise<SensorCalibration[]> };
declare const frostLog: { warn(msg: string, data?: Record<string, unknown>): void };

export class FrostSensorBlock {
  private calibration: Promise<Map<string, SensorCalibration>> | undefined;

  constructor(readonly block: string, private readonly watchAtC = 1.5, private readonly actAtC = 0) {}

  private loadCalibration(): Promise<Map<string, SensorCalibration>> {
    this.calibration ??= calibrationApi
      .fetchAll(this.block)
      .then((list) => new Map(list.map((c) => [c.sensorId, c])))
      .catch((err: unknown) => {
        this.calibration = undefined;
        throw err;
      });
    return this.calibration;
  }

  invalidate(): void {
    this.calibration = undefined;
  }

  async normalize(reading: RawReading): Promise<FrostReading> {
    const table = await this.loadCalibration();
    const cal = table.get(reading.sensorId);
    let celsius = reading.rawC;
    if (!cal) {
      frostLog.warn('uncalibrated sensor', { block: this.block, sensorId: reading.sensorId });
    } else {
      if (cal.validUntil < reading.takenAt) {
        frostLog.warn('calibration expired', { sensorId: cal.sensorId, validUntil: cal.validUntil });
      }
      celsius = reading.rawC * cal.slope + cal.offsetC;
    }

    const wetBonus = reading.leafWetness > 0.6 ? 0.5 : 0;
    const effective = celsius - wetBonus;
    const frostRisk = effective <= this.actAtC ? 'act' : effective <= this.watchAtC ? 'watch' : 'none';
    const { rawC: _raw, ...rest } = reading;
    return { ...rest, celsius: Math.round(celsius * 100) / 100, frostRisk };
  }

  async normalizeAll(readings: RawReading[]): Promise<FrostReading[]> {
    return Promise.all(readings.map((r) => this.normalize(r)));
  }
}

export function rowsToProtect(readings: FrostReading[]): string[] {
  const byRow = new Map<string, FrostReading[]>();
  for (const r of readings) {
    byRow.set(r.row, [...(byRow.get(r.row) ?? []), r]);
  }
  return [...byRow.entries()]
    .filter(([, rs]) => rs.some((r) => r.frostRisk === 'act') || rs.filter((r) => r.frostRisk === 'watch').length >= 2)
    .map(([row]) => row)
    .sort();
}
