// expect: no-read-before-settle
// reloadCalibration starts readFile with a callback that assigns this.offsets later, then immediately returns this.offsets.size, so it reports the previous table's size and the first readings after a reload still use the stale offsets.
import { readFile } from 'node:fs';
import { EventEmitter } from 'node:events';

export interface SensorOffset {
  sensor: string;
  tempOffsetC: number;
  rhOffsetPct: number;
  pyranometerGain: number;
}

export interface RawSample {
  station: string;
  sensor: string;
  tempC: number;
  rhPct: number;
  solarWm2: number;
}

export interface CorrectedSample extends RawSample {
  corrected: boolean;
}

function parseCalibration(text: string): Map<string, SensorOffset> {
  const table = new Map<string, SensorOffset>();
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [sensor, temp, rh, gain] = line.split(/\s+/);
    table.set(sensor, {
      sensor,
      tempOffsetC: Number(temp),
      rhOffsetPct: Number(rh),
      pyranometerGain: Number(gain) || 1,
    });
  }
  return table;
}

export class CalibrationTable extends EventEmitter {
  private offsets = new Map<string, SensorOffset>();

  constructor(private readonly path: string) {
    super();
  }

  reloadCalibration(): number {
    readFile(this.path, 'utf8', (err, text) => {
      if (err) {
        this.emit('warning', `keeping old calibration: ${err.message}`);
        return;
      }
      this.offsets = parseCalibration(text);
      this.emit('reloaded', this.offsets.size);
    });
    return this.offsets.size;
  }

  correct(sample: RawSample): CorrectedSample {
    const offset = this.offsets.get(sample.sensor);
    if (!offset) return { ...sample, corrected: false };
    return {
      ...sample,
      tempC: Math.round((sample.tempC + offset.tempOffsetC) * 10) / 10,
      rhPct: Math.min(100, Math.max(0, sample.rhPct + offset.rhOffsetPct)),
      solarWm2: Math.round(sample.solarWm2 * offset.pyranometerGain),
      corrected: true,
    };
  }
}

export function describeReload(station: string, sensors: number): string {
  return sensors === 0
    ? `${station}: calibration table empty, readings will be uncorrected`
    : `${station}: ${sensors} sensors calibrated`;
}
