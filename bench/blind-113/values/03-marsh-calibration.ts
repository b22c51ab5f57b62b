// expect: no-read-before-settle
// start() kicks off loadCalibration().then(...) and on the very next line reads this.calibration.offsetCm, which is still the placeholder because the then-callback has not run yet.
import { EventEmitter } from 'node:events';

export interface Calibration {
  offsetCm: number; // sensor zero relative to NAVD88
  densityKgM3: number;
  loadedAt: Date | null;
}

export interface CalibrationStore {
  loadCalibration(stationId: string): Promise<Calibration>;
}

export interface PressureSensor {
  readRawKPa(): number;
}

export interface LevelSample {
  stationId: string;
  waterLevelCm: number;
  aboveDatumCm: number;
  at: Date;
}

const GRAVITY = 9.80665;

export class PiezometerStation extends EventEmitter {
  private calibration: Calibration = { offsetCm: 0, densityKgM3: 1025, loadedAt: null };
  private datumCm = 0;
  private timer: NodeJS.Timeout | null = null;
  readonly samples: LevelSample[] = [];

  constructor(
    readonly stationId: string,
    private readonly store: CalibrationStore,
    private readonly sensor: PressureSensor,
    private readonly sensorDepthCm: number,
    private readonly intervalMs = 60_000,
  ) {
    super();
  }

  start(): void {
    this.store.loadCalibration(this.stationId).then(
      (cal) => {
        this.calibration = cal;
      },
      (err: unknown) => {
        this.emit('calibration-error', err);
      },
    );
    this.datumCm = this.calibration.offsetCm - this.sensorDepthCm;
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private sample(): void {
    const kPa = this.sensor.readRawKPa();
    const headCm = ((kPa * 1000) / (this.calibration.densityKgM3 * GRAVITY)) * 100;
    const sample: LevelSample = {
      stationId: this.stationId,
      waterLevelCm: Math.round(headCm * 10) / 10,
      aboveDatumCm: Math.round((headCm + this.datumCm) * 10) / 10,
      at: new Date(),
    };
    this.samples.push(sample);
    this.emit('sample', sample);
  }
}
