// expect: no-leaked-race
// readWithDeadline races the sensor read against a timers/promises sleep that is never cancelled, so each fast reading leaves a pending timer (and each slow one leaves the read running).
import { setTimeout as sleep } from 'node:timers/promises';

export interface NacelleReading {
  turbineId: string;
  rotorRpm: number;
  generatorKw: number;
  bearingTempC: number;
  tideKnots: number;
  at: number;
}

export interface ArrayStatus {
  timestamp: number;
  readings: NacelleReading[];
  missing: string[];
  totalKw: number;
}

declare const subseaBus: {
  readNacelle(turbineId: string): Promise<NacelleReading>;
};

declare const controlRoom: {
  publish(status: ArrayStatus): Promise<void>;
  raise(turbineId: string, alarm: string): Promise<void>;
};

export class ReadingTimeout extends Error {
  constructor(readonly turbineId: string, readonly ms: number) {
    super(`no nacelle reading from ${turbineId} within ${ms}ms`);
    this.name = 'ReadingTimeout';
  }
}

export async function readWithDeadline(turbineId: string, ms: number): Promise<NacelleReading> {
  const timeout = sleep(ms).then(() => {
    throw new ReadingTimeout(turbineId, ms);
  });
  return Promise.race([subseaBus.readNacelle(turbineId), timeout]);
}

const BEARING_ALARM_C = 78;
const MIN_GENERATING_TIDE_KNOTS = 1.8;

export async function pollArray(turbineIds: string[], deadlineMs = 2_500): Promise<ArrayStatus> {
  const readings: NacelleReading[] = [];
  const missing: string[] = [];

  for (const turbineId of turbineIds) {
    try {
      readings.push(await readWithDeadline(turbineId, deadlineMs));
    } catch (err) {
      if (!(err instanceof ReadingTimeout)) throw err;
      missing.push(turbineId);
    }
  }

  for (const reading of readings) {
    if (reading.bearingTempC > BEARING_ALARM_C) {
      await controlRoom.raise(reading.turbineId, `bearing ${reading.bearingTempC.toFixed(1)}C`);
    }
    if (reading.tideKnots > MIN_GENERATING_TIDE_KNOTS && reading.generatorKw <= 0) {
      await controlRoom.raise(reading.turbineId, 'tide running but generator idle');
    }
  }

  const status: ArrayStatus = {
    timestamp: Date.now(),
    readings,
    missing,
    totalKw: readings.reduce((sum, r) => sum + r.generatorKw, 0),
  };
  await controlRoom.publish(status);
  return status;
}

export function capacityFactor(status: ArrayStatus, ratedKwPerTurbine: number): number {
  const fleet = status.readings.length + status.missing.length;
  if (fleet === 0) return 0;
  return Math.round((status.totalKw / (fleet * ratedKwPerTurbine)) * 1000) / 10;
}
