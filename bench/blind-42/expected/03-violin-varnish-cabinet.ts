// expect: no-reused-settled-promise
// readCabinetHumidity starts one sensor read and re-awaits that same settled promise on every retry instead of taking a fresh reading.
import { setTimeout as delay } from 'node:timers/promises';

export interface HumidityReading {
  cabinetId: string;
  ok: boolean;
  relativeHumidity: number;
  tempC: number;
}

export interface CureStep {
  coat: number;
  kind: 'ground' | 'colour' | 'clear';
  minHours: number;
  maxRelativeHumidity: number;
}

declare const cabinetSensor: {
  read(cabinetId: string): Promise<HumidityReading>;
};

declare const uvCabinet: {
  setLamp(cabinetId: string, on: boolean): Promise<void>;
  logCure(entry: { cabinetId: string; instrument: string; coat: number; rh: number; hours: number }): Promise<void>;
};

const MAX_ATTEMPTS = 4;

export const OIL_VARNISH_SCHEDULE: CureStep[] = [
  { coat: 1, kind: 'ground', minHours: 24, maxRelativeHumidity: 55 },
  { coat: 2, kind: 'colour', minHours: 48, maxRelativeHumidity: 50 },
  { coat: 3, kind: 'colour', minHours: 48, maxRelativeHumidity: 50 },
  { coat: 4, kind: 'clear', minHours: 72, maxRelativeHumidity: 45 },
];

export class CuringCabinet {
  constructor(readonly cabinetId: string) {}

  async readCabinetHumidity(): Promise<number> {
    let lastError: unknown;
    const reading = cabinetSensor.read(this.cabinetId);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        const value = await reading;
        if (value.ok) return value.relativeHumidity;
        lastError = new Error(`sensor in ${this.cabinetId} reported a bad sample`);
      } catch (err) {
        lastError = err;
      }
      await delay(attempt * 500);
    }
    throw new Error(`humidity unavailable for cabinet ${this.cabinetId}`, { cause: lastError });
  }

  /** Hours of UV needed for a coat, stretched when the cabinet is damp. */
  hoursFor(step: CureStep, rh: number): number {
    if (rh <= step.maxRelativeHumidity) return step.minHours;
    const excess = rh - step.maxRelativeHumidity;
    return Math.ceil(step.minHours * (1 + excess / 20));
  }

  async cureCoat(instrument: string, step: CureStep): Promise<number> {
    const rh = await this.readCabinetHumidity();
    if (rh > 70) {
      throw new Error(`cabinet ${this.cabinetId} too humid (${rh}%) for ${step.kind} coat`);
    }
    const hours = this.hoursFor(step, rh);
    await uvCabinet.setLamp(this.cabinetId, true);
    await uvCabinet.logCure({ cabinetId: this.cabinetId, instrument, coat: step.coat, rh, hours });
    return hours;
  }
}

export async function planVarnish(cabinet: CuringCabinet, instrument: string): Promise<number> {
  let totalHours = 0;
  for (const step of OIL_VARNISH_SCHEDULE) {
    totalHours += await cabinet.cureCoat(instrument, step);
  }
  return totalHours;
}
