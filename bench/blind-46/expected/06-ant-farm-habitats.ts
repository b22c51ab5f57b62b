// expect: no-uncalled-async-function
// The 'reading' handler's co2 branch returns this.purgeNestAir instead of calling it, so high CO2 never triggers a purge.
import { EventEmitter } from 'node:events';

export type HabitatReading =
  | { kind: 'humidity'; chamber: string; percent: number }
  | { kind: 'temperature'; chamber: string; celsius: number }
  | { kind: 'co2'; chamber: string; ppm: number };

export interface ChamberProfile {
  chamber: string;
  species: string;
  humidity: [number, number];
  celsius: [number, number];
  maxCo2Ppm: number;
}

declare const actuators: {
  mist(chamber: string, seconds: number): Promise<void>;
  heatMat(chamber: string, on: boolean): Promise<void>;
  fan(chamber: string, seconds: number): Promise<void>;
};

declare const keeperLog: {
  note(chamber: string, message: string): void;
  error(message: string, err: unknown): void;
};

export class HabitatRegulator {
  private readonly profiles = new Map<string, ChamberProfile>();
  private lastCo2 = new Map<string, number>();

  constructor(private readonly sensors: EventEmitter, profiles: ChamberProfile[]) {
    for (const p of profiles) this.profiles.set(p.chamber, p);
    this.sensors.on('reading', (reading: HabitatReading) => {
      const outcome = this.react(reading);
      if (outcome instanceof Promise) {
        outcome.catch((err: unknown) => keeperLog.error(`regulation failed for ${reading.chamber}`, err));
      }
    });
  }

  private react(reading: HabitatReading): unknown {
    const profile = this.profiles.get(reading.chamber);
    if (!profile) return undefined;
    switch (reading.kind) {
      case 'humidity':
        return this.adjustHumidity(profile, reading.percent);
      case 'temperature':
        return this.adjustHeat(profile, reading.celsius);
      case 'co2':
        this.lastCo2.set(reading.chamber, reading.ppm);
        if (reading.ppm <= profile.maxCo2Ppm) return undefined;
        return this.purgeNestAir;
    }
  }

  private async adjustHumidity(profile: ChamberProfile, percent: number): Promise<void> {
    const [low, high] = profile.humidity;
    if (percent < low) {
      const seconds = Math.min(20, Math.ceil((low - percent) * 1.5));
      await actuators.mist(profile.chamber, seconds);
      keeperLog.note(profile.chamber, `misted ${seconds}s at ${percent}% RH`);
    } else if (percent > high) {
      await actuators.fan(profile.chamber, 30);
      keeperLog.note(profile.chamber, `ventilated at ${percent}% RH`);
    }
  }

  private async adjustHeat(profile: ChamberProfile, celsius: number): Promise<void> {
    const [low, high] = profile.celsius;
    if (celsius < low) await actuators.heatMat(profile.chamber, true);
    else if (celsius > high) await actuators.heatMat(profile.chamber, false);
  }

  private purgeNestAir = async (): Promise<void> => {
    for (const [chamber, ppm] of this.lastCo2) {
      const profile = this.profiles.get(chamber);
      if (profile && ppm > profile.maxCo2Ppm) {
        await actuators.fan(chamber, 90);
        keeperLog.note(chamber, `purged nest air at ${ppm} ppm`);
      }
    }
  };

  co2Snapshot(): Record<string, number> {
    return Object.fromEntries(this.lastCo2);
  }
}
