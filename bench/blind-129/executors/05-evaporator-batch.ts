// expect: no-multiple-settle
// The executor is async and awaits the boil profile before wiring any listeners, so if loading the profile rejects the returned promise never settles.
import type { EventEmitter } from 'node:events';

export interface PanReading {
  brix: number;
  flueTempC: number;
  sapLevelCm: number;
}

export interface PanAlarm {
  code: 'LOW_SAP' | 'FLUE_OVERHEAT' | 'FLOAT_STUCK';
  detail: string;
}

export interface EvaporatorPan extends EventEmitter {
  igniteBurner(level: number): void;
  cutBurner(): void;
  openDrawOff(): void;
}

export interface BoilProfile {
  targetBrix: number;
  burnerLevel: number;
}

export interface ProfileStore {
  load(batchId: string): Promise<BoilProfile>;
}

export interface BatchReport {
  batchId: string;
  finalBrix: number;
  boilMinutes: number;
}

export class EvaporatorController {
  constructor(
    private readonly pan: EvaporatorPan,
    private readonly profiles: ProfileStore,
  ) {}

  boilToDensity(batchId: string): Promise<BatchReport> {
    return new Promise<BatchReport>(async (resolve, reject) => {
      const profile = await this.profiles.load(batchId);
      const startedAt = Date.now();

      const cleanup = () => {
        this.pan.off('reading', onReading);
        this.pan.off('alarm', onAlarm);
      };
      const onReading = (reading: PanReading) => {
        if (reading.brix < profile.targetBrix) return;
        cleanup();
        this.pan.openDrawOff();
        resolve({
          batchId,
          finalBrix: reading.brix,
          boilMinutes: Math.round((Date.now() - startedAt) / 60_000),
        });
      };
      const onAlarm = (alarm: PanAlarm) => {
        cleanup();
        this.pan.cutBurner();
        reject(new Error(`evaporator alarm ${alarm.code} during batch ${batchId}: ${alarm.detail}`));
      };

      this.pan.on('reading', onReading);
      this.pan.on('alarm', onAlarm);
      this.pan.igniteBurner(profile.burnerLevel);
    });
  }

  async runSeason(batchIds: string[]): Promise<BatchReport[]> {
    const reports: BatchReport[] = [];
    for (const id of batchIds) {
      reports.push(await this.boilToDensity(id));
    }
    return reports;
  }
}
