// expect: no-unobserved-promise
// The snapshot upload is started before the wind-hold check, and when that check throws the upload promise is never awaited or handled.
import { gzipSync } from 'node:zlib';

export interface LiftReading {
  liftId: string;
  lineSpeedMs: number;
  windGustKph: number;
  bullwheelTempC: number;
  carriersOnLine: number;
  takenAt: Date;
}

declare const telemetryStore: {
  put(key: string, body: Uint8Array, contentType: string): Promise<{ etag: string }>;
};

export class LiftHoldError extends Error {
  constructor(
    readonly liftId: string,
    readonly gustKph: number,
  ) {
    super(`Lift ${liftId} on wind hold: gusts ${gustKph} km/h`);
    this.name = 'LiftHoldError';
  }
}

const WIND_HOLD_KPH = 65;
const SPEED_REDUCE_KPH = 50;

export class LiftTelemetry {
  private readonly lastReading = new Map<string, LiftReading>();
  private readonly etags = new Map<string, string>();

  private keyFor(reading: LiftReading): string {
    const day = reading.takenAt.toISOString().slice(0, 10);
    return `lifts/${reading.liftId}/${day}/${reading.takenAt.getTime()}.json.gz`;
  }

  recommendedSpeed(reading: LiftReading): number {
    if (reading.windGustKph >= SPEED_REDUCE_KPH) {
      return Math.min(reading.lineSpeedMs, 2.5);
    }
    return reading.lineSpeedMs;
  }

  async recordCycle(reading: LiftReading): Promise<number> {
    const body = gzipSync(Buffer.from(JSON.stringify(reading)));
    const upload = telemetryStore.put(this.keyFor(reading), body, 'application/json');

    if (reading.windGustKph >= WIND_HOLD_KPH) {
      this.lastReading.set(reading.liftId, reading);
      throw new LiftHoldError(reading.liftId, reading.windGustKph);
    }

    const previous = this.lastReading.get(reading.liftId);
    this.lastReading.set(reading.liftId, reading);
    if (previous && reading.bullwheelTempC - previous.bullwheelTempC > 15) {
      console.warn(`Bullwheel on ${reading.liftId} heating fast: ${reading.bullwheelTempC}°C`);
    }

    const { etag } = await upload;
    this.etags.set(reading.liftId, etag);
    return this.recommendedSpeed(reading);
  }
}
