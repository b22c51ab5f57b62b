// expect: none
// the poll loop calls readBasin() afresh every iteration; the only reused promise is the single-flight calibration shared by concurrent callers
import { setTimeout as sleep } from "node:timers/promises";

export interface BasinReading {
  geyserId: string;
  waterLevelCm: number;
  ventTempC: number;
  seismicRms: number;
  at: Date;
}

export interface Calibration {
  geyserId: string;
  levelOffsetCm: number;
  tempGain: number;
}

declare const basinStation: {
  readBasin(geyserId: string): Promise<BasinReading>;
  fetchCalibration(geyserId: string): Promise<Calibration>;
};

const BOILING_AT_ALTITUDE_C = 93;

export class EruptionWatcher {
  private calibrationInFlight: Promise<Calibration> | null = null;
  private calibration: Calibration | null = null;

  constructor(private readonly geyserId: string) {}

  private getCalibration(): Promise<Calibration> {
    if (this.calibration) return Promise.resolve(this.calibration);
    if (!this.calibrationInFlight) {
      this.calibrationInFlight = basinStation
        .fetchCalibration(this.geyserId)
        .then((cal) => {
          this.calibration = cal;
          return cal;
        })
        .finally(() => {
          this.calibrationInFlight = null;
        });
    }
    return this.calibrationInFlight;
  }

  async currentReading(): Promise<BasinReading> {
    const [raw, cal] = await Promise.all([basinStation.readBasin(this.geyserId), this.getCalibration()]);
    return {
      ...raw,
      waterLevelCm: raw.waterLevelCm + cal.levelOffsetCm,
      ventTempC: raw.ventTempC * cal.tempGain,
    };
  }

  async waitForPreplay(opts: { intervalMs: number; maxPolls: number }): Promise<BasinReading | null> {
    let previous: BasinReading | null = null;
    for (let poll = 0; poll < opts.maxPolls; poll++) {
      const reading = await this.currentReading();
      const rising = previous !== null && reading.waterLevelCm - previous.waterLevelCm > 4;
      const nearBoiling = reading.ventTempC >= BOILING_AT_ALTITUDE_C - 1.5;
      if (rising && nearBoiling && reading.seismicRms > 0.8) {
        return reading;
      }
      previous = reading;
      await sleep(opts.intervalMs);
    }
    return null;
  }
}

export async function surveyField(geyserIds: string[]): Promise<Map<string, BasinReading>> {
  const watchers = geyserIds.map((id) => new EruptionWatcher(id));
  const readings = await Promise.all(watchers.map((w) => w.currentReading()));
  return new Map(readings.map((r) => [r.geyserId, r]));
}
