// expect: no-read-before-settle
// recalibrate() assigns this.offsets inside the fs.readFile callback but computes drift and emits 'calibrated' from this.offsets synchronously right after the call.
import { readFile } from 'node:fs';
import { EventEmitter } from 'node:events';

type SensorKind = 'air' | 'soil' | 'co2' | 'par';

export interface RawReading {
  zone: string;
  kind: SensorKind;
  value: number;
  at: number;
}

type Offsets = Record<SensorKind, number>;

const ZERO: Offsets = { air: 0, soil: 0, co2: 0, par: 0 };
const FLUSH_AT = 20;
const AIR_DRIFT_WARN_C = 1.5;

export class ClimateZone extends EventEmitter {
  private offsets: Offsets = { ...ZERO };
  private buffer: RawReading[] = [];
  private calibratedAt = 0;

  constructor(
    readonly zone: string,
    private readonly calibrationPath: string,
  ) {
    super();
  }

  ingest(reading: RawReading): void {
    if (reading.zone !== this.zone) return;
    this.buffer.push(reading);
    if (this.buffer.length >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    const batch = this.buffer.map((r) => ({ ...r, value: r.value + this.offsets[r.kind] }));
    this.buffer = [];
    this.emit('readings', batch);
  }

  recalibrate(): void {
    const previous = this.offsets;
    readFile(this.calibrationPath, 'utf8', (err, text) => {
      if (err) {
        this.emit('warning', `${this.zone}: calibration unreadable (${err.message})`);
        return;
      }
      try {
        this.offsets = { ...ZERO, ...(JSON.parse(text) as Partial<Offsets>) };
        this.calibratedAt = Date.now();
      } catch (parseErr) {
        this.emit('warning', `${this.zone}: calibration file is not valid JSON`);
      }
    });

    const airDrift = Math.abs(this.offsets.air - previous.air);
    if (airDrift > AIR_DRIFT_WARN_C) {
      this.emit('warning', `${this.zone}: air probe drifted ${airDrift.toFixed(2)} °C since last calibration`);
    }
    this.emit('calibrated', { zone: this.zone, offsets: this.offsets, at: this.calibratedAt });
  }

  ventOpeningPercent(targetC: number): number {
    const airReadings = this.buffer.filter((r) => r.kind === 'air');
    if (airReadings.length === 0) return 0;
    const mean = airReadings.reduce((s, r) => s + r.value + this.offsets.air, 0) / airReadings.length;
    const excess = mean - targetC;
    return Math.max(0, Math.min(100, Math.round(excess * 25)));
  }
}
