// expect: no-read-before-settle
// The constructor stores the heater profile inside a .then callback and immediately reads this.heaterProfile to set the de-icing threshold, which is still the default.
import { readFile } from 'node:fs/promises';

export interface HeaterProfile {
  deIceBelowC: number;
  dutyCyclePct: number;
  maxWatts: number;
}

export interface WindSample {
  speedMs: number;
  directionDeg: number;
  airTempC: number;
  bearingCurrentMa: number;
}

declare const heaterRelay: {
  set(on: boolean, dutyCyclePct: number): void;
};
declare const stationLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

const DEFAULT_PROFILE: HeaterProfile = { deIceBelowC: -2, dutyCyclePct: 40, maxWatts: 60 };

export class AnemometerController {
  private heaterProfile: HeaterProfile = DEFAULT_PROFILE;
  private readonly deIceThresholdC: number;
  private heaterOn = false;
  private iceSuspectedSince: number | undefined;

  constructor(private readonly profilePath: string) {
    readFile(this.profilePath, 'utf8')
      .then((text) => {
        this.heaterProfile = { ...DEFAULT_PROFILE, ...(JSON.parse(text) as Partial<HeaterProfile>) };
      })
      .catch((err: unknown) => {
        stationLog.error('heater profile unreadable, using defaults', { path: this.profilePath, err: String(err) });
      });
    this.deIceThresholdC = this.heaterProfile.deIceBelowC + 0.5;
  }

  onSample(sample: WindSample, now = Date.now()): void {
    const shouldHeat = sample.airTempC <= this.deIceThresholdC;
    if (shouldHeat !== this.heaterOn) {
      heaterRelay.set(shouldHeat, this.heaterProfile.dutyCyclePct);
      this.heaterOn = shouldHeat;
    }

    const stalled = sample.speedMs < 0.3 && sample.bearingCurrentMa > 180;
    if (stalled && sample.airTempC < 1) {
      this.iceSuspectedSince ??= now;
      if (now - this.iceSuspectedSince > 20 * 60_000) {
        stationLog.warn('anemometer likely iced', {
          minutes: Math.round((now - this.iceSuspectedSince) / 60_000),
          airTempC: sample.airTempC,
        });
      }
    } else {
      this.iceSuspectedSince = undefined;
    }
  }

  heaterWatts(): number {
    return this.heaterOn ? (this.heaterProfile.maxWatts * this.heaterProfile.dutyCyclePct) / 100 : 0;
  }

  status(): { heaterOn: boolean; threshold: number; iced: boolean } {
    return {
      heaterOn: this.heaterOn,
      threshold: this.deIceThresholdC,
      iced: this.iceSuspectedSince !== undefined,
    };
  }
}
