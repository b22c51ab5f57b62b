// expect: none
// pollUntil receives a reader function and calls it on every iteration, so each check gets a fresh refractometer reading.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Refractometer {
  readBrix(vesselId: string): Promise<{ brix: number; celsius: number }>;
}

export interface PollOptions {
  attempts: number;
  intervalMs: number;
}

export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { attempts, intervalMs }: PollOptions,
): Promise<T> {
  let last: T | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    last = await read();
    if (done(last)) return last;
    if (attempt < attempts) await sleep(intervalMs);
  }
  throw new Error(`condition not met after ${attempts} readings (last: ${JSON.stringify(last)})`);
}

export interface SetPoint {
  fruit: string;
  targetBrix: number;
  maxCelsius: number;
}

export const SET_POINTS: Record<string, SetPoint> = {
  strawberry: { fruit: 'strawberry', targetBrix: 65, maxCelsius: 105 },
  marmalade: { fruit: 'marmalade', targetBrix: 67, maxCelsius: 106 },
  damson: { fruit: 'damson', targetBrix: 64, maxCelsius: 105 },
};

export async function boilToSet(
  meter: Refractometer,
  vesselId: string,
  fruit: string,
): Promise<{ brix: number; celsius: number }> {
  const point = SET_POINTS[fruit];
  if (!point) throw new Error(`no set point for ${fruit}`);
  const reading = await pollUntil(
    () => meter.readBrix(vesselId),
    (r) => r.brix >= point.targetBrix || r.celsius >= point.maxCelsius,
    { attempts: 90, intervalMs: 20_000 },
  );
  if (reading.brix < point.targetBrix) {
    throw new Error(`${vesselId} hit ${reading.celsius}C before reaching ${point.targetBrix} Brix`);
  }
  return reading;
}
