// expect: no-read-before-settle
// Bug: calibration is assigned in the bus's 'calibration' listener, but offset is read synchronously right after send(), before that event can have fired.
import { EventEmitter } from 'node:events';

export interface RawSample {
  probeId: string;
  conductivityMsCm: number;
  tempC: number;
  pressureKpa: number;
}

export interface Calibration {
  probeId: string;
  conductivityOffset: number;
  conductivityGain: number;
  atmosphericKpa: number;
}

export interface CorrectedSample {
  probeId: string;
  salinityPsu: number;
  depthCm: number;
}

export interface SensorBus extends EventEmitter {
  send(frame: { cmd: 'calibrate' | 'sample'; probeId: string }): void;
}

declare const marshLog: { debug(msg: string, extra?: object): void };

/** Practical salinity approximation good enough for brackish marsh water at 0-35 °C. */
function salinityFromConductivity(ec25: number): number {
  const k = ec25 / 53.087;
  return 0.008 - 0.1692 * Math.sqrt(k) + 25.3851 * k + 14.0941 * k ** 1.5 - 7.0261 * k ** 2 + 2.7081 * k ** 2.5;
}

function compensate(conductivity: number, tempC: number): number {
  return conductivity / (1 + 0.0191 * (tempC - 25));
}

export class MarshProbeReader {
  private lastCalibration?: Calibration;

  constructor(private readonly bus: SensorBus) {}

  correct(raw: RawSample): CorrectedSample {
    let calibration: Calibration | undefined;
    this.bus.once('calibration', (c: Calibration) => {
      if (c.probeId === raw.probeId) calibration = c;
    });
    this.bus.send({ cmd: 'calibrate', probeId: raw.probeId });

    const cal = calibration ?? this.lastCalibration;
    const offset = cal?.conductivityOffset ?? 0;
    const gain = cal?.conductivityGain ?? 1;
    const atmospheric = cal?.atmosphericKpa ?? 101.3;
    if (calibration) this.lastCalibration = calibration;

    const ec = compensate((raw.conductivityMsCm - offset) * gain, raw.tempC);
    const depthCm = Math.max(0, ((raw.pressureKpa - atmospheric) / 9.80665) * 100 * 0.995);
    const result = {
      probeId: raw.probeId,
      salinityPsu: Math.round(salinityFromConductivity(ec) * 100) / 100,
      depthCm: Math.round(depthCm * 10) / 10,
    };
    marshLog.debug('corrected sample', { ...result, calibrated: Boolean(cal) });
    return result;
  }

  correctAll(samples: RawSample[]): CorrectedSample[] {
    return samples.map((s) => this.correct(s));
  }
}

export function floodedProbes(samples: CorrectedSample[], thresholdCm = 15): string[] {
  return samples.filter((s) => s.depthCm >= thresholdCm).map((s) => s.probeId);
}
