// expect: no-reused-settled-promise
// The hygrometer read is started once before the loop and re-awaited on every iteration, so the poll keeps seeing the same first reading until it times out.
import { setTimeout as sleep } from 'node:timers/promises';

export interface HygrometerReading {
  caveId: string;
  relativeHumidity: number;
  temperatureC: number;
  takenAt: Date;
}

export interface Hygrometer {
  read(caveId: string): Promise<HygrometerReading>;
}

export interface Humidifier {
  setOutput(caveId: string, percent: number): Promise<void>;
}

export interface StabiliseOptions {
  targetRh: number;
  toleranceRh: number;
  intervalMs: number;
  timeoutMs: number;
}

export class HumidityNotStableError extends Error {
  constructor(readonly caveId: string, readonly last: HygrometerReading) {
    super(`cave ${caveId} stuck at ${last.relativeHumidity}% RH`);
    this.name = 'HumidityNotStableError';
  }
}

export async function stabiliseCave(
  hygrometer: Hygrometer,
  humidifier: Humidifier,
  caveId: string,
  opts: StabiliseOptions,
): Promise<HygrometerReading> {
  const deadline = Date.now() + opts.timeoutMs;
  const reading = hygrometer.read(caveId);
  let last = await reading;

  while (Date.now() < deadline) {
    last = await reading;
    const error = opts.targetRh - last.relativeHumidity;
    if (Math.abs(error) <= opts.toleranceRh) {
      await humidifier.setOutput(caveId, 10);
      return last;
    }
    const output = Math.max(0, Math.min(100, 50 + error * 8));
    await humidifier.setOutput(caveId, output);
    await sleep(opts.intervalMs);
  }

  await humidifier.setOutput(caveId, 0);
  throw new HumidityNotStableError(caveId, last);
}

export function rindRisk(reading: HygrometerReading): 'cracking' | 'slipskin' | 'ok' {
  if (reading.relativeHumidity < 85) return 'cracking';
  if (reading.relativeHumidity > 97 && reading.temperatureC > 13) return 'slipskin';
  return 'ok';
}
