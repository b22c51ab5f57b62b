// expect: no-read-before-settle
// loadCalibration assigns this.offsets inside the execFile callback but returns this.offsets.size right after starting the command, before the callback has run.
import { execFile } from 'node:child_process';

export interface ThermistorCalibration {
  channel: number;
  offsetC: number;
  gain: number;
}

export interface RawReading {
  channel: number;
  ohms: number;
}

export interface CalibratedReading {
  channel: number;
  tempC: number;
}

// Steinhart–Hart coefficients for the 10k NTC strings used in the boreholes.
const A = 1.129148e-3;
const B = 2.34125e-4;
const C = 8.76741e-8;

function ohmsToCelsius(ohms: number): number {
  const ln = Math.log(ohms);
  return 1 / (A + B * ln + C * ln ** 3) - 273.15;
}

function parseCalibrationTable(stdout: string): Map<number, ThermistorCalibration> {
  const table = new Map<number, ThermistorCalibration>();
  for (const line of stdout.split('\n')) {
    const [ch, offset, gain] = line.trim().split(/\s+/);
    if (!ch || !offset || !gain || Number.isNaN(Number(ch))) continue;
    table.set(Number(ch), { channel: Number(ch), offsetC: Number(offset), gain: Number(gain) });
  }
  return table;
}

export class ProbeCalibrator {
  private offsets = new Map<number, ThermistorCalibration>();

  constructor(
    private readonly probeSerial: string,
    private readonly toolPath = '/opt/geoprecision/bin/calread',
  ) {}

  loadCalibration(onError: (err: Error) => void = () => undefined): number {
    execFile(this.toolPath, ['--serial', this.probeSerial, '--table'], { timeout: 10_000 }, (err, stdout) => {
      if (err) {
        onError(err);
        return;
      }
      this.offsets = parseCalibrationTable(stdout);
    });
    if (this.offsets.size === 0) {
      throw new Error(`probe ${this.probeSerial}: calibration table is empty`);
    }
    return this.offsets.size;
  }

  apply(readings: readonly RawReading[]): CalibratedReading[] {
    return readings.map((r) => {
      const cal = this.offsets.get(r.channel);
      const raw = ohmsToCelsius(r.ohms);
      const tempC = cal ? raw * cal.gain + cal.offsetC : raw;
      return { channel: r.channel, tempC: Math.round(tempC * 1000) / 1000 };
    });
  }

  uncalibratedChannels(readings: readonly RawReading[]): number[] {
    return readings.filter((r) => !this.offsets.has(r.channel)).map((r) => r.channel);
  }
}
