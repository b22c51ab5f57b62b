// expect: none
// The furnace calibration promise is memoized deliberately; awaiting the same cached promise for every pour just reuses one completed calibration.
import { EventEmitter } from 'node:events';

export interface FurnaceCalibration {
  thermocoupleOffsetC: number;
  calibratedAt: Date;
}

export interface BellSpec {
  serial: string;
  note: string;
  massKg: number;
  tinPercent: number;
}

declare const furnaceController: {
  runCalibration(): Promise<FurnaceCalibration>;
  readMeltTempC(): Promise<number>;
  pour(serial: string, massKg: number): Promise<void>;
};

// Bell metal is usually 22-23% tin; pouring temperature drops slightly as tin goes up.
function targetPourTempC(spec: BellSpec): number {
  return 1150 - (spec.tinPercent - 22) * 15;
}

export class PouringShift extends EventEmitter {
  private calibration?: Promise<FurnaceCalibration>;

  private getCalibration(): Promise<FurnaceCalibration> {
    if (!this.calibration) {
      this.calibration = furnaceController.runCalibration();
      // drop a failed calibration so the next pour tries again
      this.calibration.catch(() => {
        this.calibration = undefined;
      });
    }
    return this.calibration;
  }

  private async correctedMeltTemp(): Promise<number> {
    const [raw, calibration] = await Promise.all([furnaceController.readMeltTempC(), this.getCalibration()]);
    return raw + calibration.thermocoupleOffsetC;
  }

  async pourBell(spec: BellSpec): Promise<void> {
    const target = targetPourTempC(spec);
    const melt = await this.correctedMeltTemp();
    if (Math.abs(melt - target) > 20) {
      throw new Error(`${spec.serial}: melt at ${melt.toFixed(0)}°C, wanted ${target.toFixed(0)}°C`);
    }
    await furnaceController.pour(spec.serial, spec.massKg);
    const { calibratedAt } = await this.getCalibration();
    this.emit('poured', { serial: spec.serial, note: spec.note, meltC: melt, calibratedAt });
  }

  async pourRing(specs: BellSpec[]): Promise<string[]> {
    const poured: string[] = [];
    // heaviest (tenor) first while the furnace is hottest
    const ordered = [...specs].sort((a, b) => b.massKg - a.massKg);
    for (const spec of ordered) {
      try {
        await this.pourBell(spec);
        poured.push(spec.serial);
      } catch (err) {
        this.emit('skipped', spec.serial, err);
      }
    }
    return poured;
  }
}
