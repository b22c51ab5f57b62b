// expect: none
// Method references are stored as steps and handlers deliberately, and each is invoked (with its receiver) before anything is awaited.
import { EventEmitter } from 'node:events';

export interface ArrayCalibration {
  panelCount: number;
  deadCells: number;
  peakWatts: number;
}

export interface PackStatus {
  cells: number;
  minCellVolts: number;
  maxCellVolts: number;
  tempC: number;
}

export interface LapEvent {
  lap: number;
  seconds: number;
  whUsed: number;
}

declare const mppt: {
  sweep(panels: number): Promise<ArrayCalibration>;
};
declare const bms: {
  status(): Promise<PackStatus>;
};
declare const strategyServer: {
  uploadPlan(plan: { targetKph: number; reserveWh: number }): Promise<void>;
  pushTelemetry(samples: LapEvent[]): Promise<void>;
};

type Step = readonly [name: string, run: () => Promise<void>];

export class PreRaceChecklist {
  private calibration?: ArrayCalibration;
  private pack?: PackStatus;
  private readonly laps: LapEvent[] = [];

  private readonly steps: Step[] = [
    ['solar array sweep', () => this.calibrateArray()],
    ['battery pack', this.checkPack.bind(this)],
    ['strategy upload', () => this.uploadStrategy()],
  ];

  constructor(
    private readonly panels: number,
    telemetry: EventEmitter,
  ) {
    telemetry.on('lap', this.onLap);
  }

  private readonly onLap = (event: LapEvent): void => {
    this.laps.push(event);
  };

  private async calibrateArray(): Promise<void> {
    const calibration = await mppt.sweep(this.panels);
    if (calibration.deadCells > this.panels * 0.02) {
      throw new Error(`${calibration.deadCells} dead cells on the array`);
    }
    this.calibration = calibration;
  }

  private async checkPack(): Promise<void> {
    const pack = await bms.status();
    if (pack.maxCellVolts - pack.minCellVolts > 0.05) throw new Error('pack is out of balance');
    if (pack.tempC > 45) throw new Error(`pack too hot at ${pack.tempC}°C`);
    this.pack = pack;
  }

  private async uploadStrategy(): Promise<void> {
    const peak = this.calibration?.peakWatts ?? 0;
    const targetKph = peak > 900 ? 85 : 72;
    await strategyServer.uploadPlan({ targetKph, reserveWh: (this.pack?.cells ?? 0) * 12 });
  }

  async run(): Promise<string[]> {
    const passed: string[] = [];
    for (const [name, run] of this.steps) {
      await run();
      passed.push(name);
    }
    return passed;
  }

  async flushTelemetry(): Promise<number> {
    const batch = this.laps.splice(0, this.laps.length);
    if (batch.length > 0) await strategyServer.pushTelemetry(batch);
    return batch.length;
  }

  async shutdown(telemetry: EventEmitter): Promise<number> {
    telemetry.off('lap', this.onLap);
    const [flushed] = await Promise.all([this.flushTelemetry(), this.checkPack()]);
    return flushed;
  }
}
