// expect: none
// The polling executor settles exactly once on every branch (fault, on target, deadline, read failure) and schedules the next poll only when it has not settled.
declare const domeController: {
  commandShutter(percentOpen: number): Promise<void>;
  readShutter(): Promise<{ percentOpen: number; moving: boolean; fault?: string }>;
  readRainSensor(): Promise<{ wet: boolean }>;
};

declare const nightLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

const POLL_MS = 750;
const TOLERANCE_PERCENT = 1.5;

export class DomeFaultError extends Error {
  constructor(readonly fault: string) {
    super(`Dome shutter fault: ${fault}`);
    this.name = 'DomeFaultError';
  }
}

export function waitForShutter(targetPercent: number, timeoutMs = 120_000): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;

    const poll = (): void => {
      domeController.readShutter().then(
        (reading) => {
          if (reading.fault) {
            reject(new DomeFaultError(reading.fault));
            return;
          }
          if (!reading.moving && Math.abs(reading.percentOpen - targetPercent) <= TOLERANCE_PERCENT) {
            resolve(reading.percentOpen);
            return;
          }
          if (Date.now() >= deadline) {
            reject(new Error(`Shutter stuck at ${reading.percentOpen}% (target ${targetPercent}%)`));
            return;
          }
          setTimeout(poll, POLL_MS);
        },
        (err: unknown) => {
          reject(err);
        },
      );
    };

    poll();
  });
}

export async function openForObserving(): Promise<number> {
  const rain = await domeController.readRainSensor();
  if (rain.wet) {
    throw new Error('Rain sensor wet; refusing to open shutter');
  }
  await domeController.commandShutter(100);
  const reached = await waitForShutter(100);
  nightLog.info('shutter open', { percentOpen: reached });
  return reached;
}

export async function closeForWeather(reason: string): Promise<void> {
  nightLog.info('closing shutter', { reason });
  await domeController.commandShutter(0);
  await waitForShutter(0, 60_000);
}

export async function ventForSeeing(percent: number): Promise<number> {
  const clamped = Math.min(60, Math.max(10, percent));
  await domeController.commandShutter(clamped);
  return waitForShutter(clamped, 45_000);
}
