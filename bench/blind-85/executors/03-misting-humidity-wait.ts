// expect: none
// The 'reading' listener fires many times but a single cleanup() clears the timer and removes every listener before the first settle, and 'error'/'offline' reject, so it settles exactly once.
import { EventEmitter } from 'node:events';

export interface HumidityReading {
  bench: string;
  relativeHumidity: number;
  takenAt: number;
}

export interface MistingController extends EventEmitter {
  readonly bench: string;
  startMisting(durationSec: number): void;
  stopMisting(): void;
}

export class HumidityTimeoutError extends Error {
  constructor(
    readonly bench: string,
    readonly lastSeen: number | undefined,
  ) {
    super(`bench ${bench} did not reach target humidity (last ${lastSeen ?? 'n/a'}%)`);
    this.name = 'HumidityTimeoutError';
  }
}

export function waitForHumidity(
  controller: MistingController,
  targetRh: number,
  timeoutMs = 120_000,
): Promise<HumidityReading> {
  return new Promise<HumidityReading>((resolve, reject) => {
    let lastSeen: number | undefined;

    const onReading = (reading: HumidityReading) => {
      lastSeen = reading.relativeHumidity;
      if (reading.relativeHumidity < targetRh) return;
      cleanup();
      resolve(reading);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onOffline = () => {
      cleanup();
      reject(new Error(`misting controller for ${controller.bench} went offline`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new HumidityTimeoutError(controller.bench, lastSeen));
    }, timeoutMs);

    function cleanup() {
      clearTimeout(timer);
      controller.off('reading', onReading);
      controller.off('error', onError);
      controller.off('offline', onOffline);
    }

    controller.on('reading', onReading);
    controller.on('error', onError);
    controller.on('offline', onOffline);
  });
}

export async function mistBench(controller: MistingController, species: string): Promise<HumidityReading> {
  const target = species === 'ficus' ? 70 : species === 'juniper' ? 45 : 55;
  controller.startMisting(30);
  try {
    return await waitForHumidity(controller, target);
  } finally {
    controller.stopMisting();
  }
}

export async function mistAllBenches(
  controllers: MistingController[],
  speciesByBench: Record<string, string>,
): Promise<HumidityReading[]> {
  const readings: HumidityReading[] = [];
  for (const c of controllers) {
    readings.push(await mistBench(c, speciesByBench[c.bench] ?? 'generic'));
  }
  return readings;
}
