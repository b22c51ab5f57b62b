// expect: none
// The caller's signal is combined with a timeout via AbortSignal.any and passed to once() and every delay; the abort listener is registered once and removed in finally.
import { EventEmitter, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface HumidityReading {
  zone: string;
  relativeHumidity: number;
  airTempC: number;
}

interface Hygrometer extends EventEmitter {
  request(zone: string): void;
}

interface MisterValves {
  open(zone: string): Promise<void>;
  close(zone: string): void;
}

declare const hygrometer: Hygrometer;
declare const valves: MisterValves;

declare const vivariumLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

async function nextReading(zone: string, signal: AbortSignal): Promise<HumidityReading> {
  for (;;) {
    const pending = once(hygrometer, 'reading', { signal });
    hygrometer.request(zone);
    const [reading] = (await pending) as [HumidityReading];
    if (reading.zone === zone) return reading;
  }
}

export async function mistUntilHumid(
  zone: string,
  targetRh: number,
  { signal, maxMinutes = 10 }: { signal: AbortSignal; maxMinutes?: number },
): Promise<HumidityReading> {
  signal.throwIfAborted();
  const limit = AbortSignal.any([signal, AbortSignal.timeout(maxMinutes * 60_000)]);
  const closeValve = () => valves.close(zone);

  await valves.open(zone);
  limit.addEventListener('abort', closeValve, { once: true });
  try {
    for (;;) {
      const reading = await nextReading(zone, limit);
      vivariumLog.info('mist check', { zone, rh: reading.relativeHumidity });
      if (reading.relativeHumidity >= targetRh) return reading;
      if (reading.airTempC < 18) {
        throw new Error(`zone ${zone} too cold to keep misting (${reading.airTempC}°C)`);
      }
      await delay(5_000, undefined, { signal: limit });
    }
  } finally {
    limit.removeEventListener('abort', closeValve);
    valves.close(zone);
  }
}

export async function mistZones(
  zones: { zone: string; targetRh: number }[],
  signal: AbortSignal,
): Promise<HumidityReading[]> {
  const readings: HumidityReading[] = [];
  for (const { zone, targetRh } of zones) {
    readings.push(await mistUntilHumid(zone, targetRh, { signal }));
  }
  return readings;
}
