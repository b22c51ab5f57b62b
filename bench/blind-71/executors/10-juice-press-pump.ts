// expect: none
// The prime executor clears its timeout and removes its listeners on every exit path; the awaited valve check happens before the executor.
import { EventEmitter } from "node:events";

export interface PumpReading {
  kioskId: string;
  pressureKpa: number;
  flowMlPerSec: number;
}

interface PressPump extends EventEmitter {
  readonly kioskId: string;
  startPriming(): void;
  stop(): void;
}

declare const valveService: {
  confirmClosed(kioskId: string): Promise<boolean>;
};

declare const kioskMetrics: {
  gauge(name: string, value: number, tags: Record<string, string>): void;
};

const PRIME_PRESSURE_KPA = 180;

export async function primePump(pump: PressPump, timeoutMs = 8000): Promise<PumpReading> {
  const valveClosed = await valveService.confirmClosed(pump.kioskId);
  if (!valveClosed) {
    throw new Error(`kiosk ${pump.kioskId}: drain valve open, refusing to prime`);
  }

  return new Promise<PumpReading>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      pump.off("reading", onReading);
      pump.off("error", onError);
      pump.off("dryRun", onDryRun);
    };

    const onReading = (reading: PumpReading) => {
      kioskMetrics.gauge("press.prime.pressure", reading.pressureKpa, { kiosk: pump.kioskId });
      if (reading.pressureKpa < PRIME_PRESSURE_KPA) return;
      cleanup();
      resolve(reading);
    };

    const onError = (err: Error) => {
      cleanup();
      pump.stop();
      reject(err);
    };

    const onDryRun = () => {
      cleanup();
      pump.stop();
      reject(new Error(`kiosk ${pump.kioskId}: hopper empty, pump running dry`));
    };

    const timer = setTimeout(() => {
      cleanup();
      pump.stop();
      reject(new Error(`kiosk ${pump.kioskId}: pump did not reach ${PRIME_PRESSURE_KPA}kPa in ${timeoutMs}ms`));
    }, timeoutMs);

    pump.on("reading", onReading);
    pump.once("error", onError);
    pump.once("dryRun", onDryRun);
    pump.startPriming();
  });
}

export async function openKiosk(pump: PressPump): Promise<string> {
  try {
    const reading = await primePump(pump);
    return `primed at ${reading.pressureKpa}kPa, ${reading.flowMlPerSec.toFixed(1)}ml/s`;
  } catch (err) {
    return `not ready: ${(err as Error).message}`;
  }
}
