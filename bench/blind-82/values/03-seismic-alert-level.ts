// expect: no-read-before-settle
// assess() kicks off loadCalibration(...).then(c => { calibration = c }) and then synchronously reads calibration, which is always still undefined there.
import { EventEmitter } from 'node:events';

export interface Tremor {
  station: string;
  rawAmplitude: number;
  dominantHz: number;
  durationSec: number;
  at: number;
}

interface Calibration {
  station: string;
  gain: number;
  offset: number;
  siteAmplification: number;
}

export type AlertLevel = 'green' | 'yellow' | 'orange' | 'red';

declare function loadCalibration(station: string): Promise<Calibration>;

declare const observatoryLog: {
  warn(message: string, meta?: Record<string, unknown>): void;
};

const LEVEL_ORDER: AlertLevel[] = ['green', 'yellow', 'orange', 'red'];

function levelFor(amplitude: number, tremor: Tremor): AlertLevel {
  const harmonic = tremor.dominantHz >= 0.5 && tremor.dominantHz <= 5 && tremor.durationSec > 60;
  if (amplitude > 900 || (harmonic && amplitude > 400)) return 'red';
  if (amplitude > 400 || harmonic) return 'orange';
  if (amplitude > 120) return 'yellow';
  return 'green';
}

export class AlertLevelMonitor extends EventEmitter {
  private level: AlertLevel = 'green';
  private readonly recent: Tremor[] = [];

  assess(tremor: Tremor): AlertLevel {
    let calibration: Calibration | undefined;
    loadCalibration(tremor.station).then(
      (c) => {
        calibration = c;
      },
      (err: unknown) => observatoryLog.warn('calibration unavailable', { station: tremor.station, err: String(err) }),
    );

    const gain = calibration?.gain ?? 1;
    const offset = calibration?.offset ?? 0;
    const amplification = calibration?.siteAmplification ?? 1;
    const amplitude = ((tremor.rawAmplitude - offset) * gain) / amplification;

    this.recent.push(tremor);
    if (this.recent.length > 50) this.recent.shift();

    const next = levelFor(amplitude, tremor);
    if (LEVEL_ORDER.indexOf(next) > LEVEL_ORDER.indexOf(this.level)) {
      const previous = this.level;
      this.level = next;
      this.emit('raised', { from: previous, to: next, station: tremor.station, amplitude });
    }
    return this.level;
  }

  stepDown(quietMinutes: number, now = Date.now()): AlertLevel {
    const cutoff = now - quietMinutes * 60_000;
    const active = this.recent.some((t) => t.at >= cutoff);
    const index = LEVEL_ORDER.indexOf(this.level);
    if (!active && index > 0) {
      this.level = LEVEL_ORDER[index - 1];
      this.emit('lowered', this.level);
    }
    return this.level;
  }

  current(): AlertLevel {
    return this.level;
  }
}
