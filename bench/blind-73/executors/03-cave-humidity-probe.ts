// expect: no-multiple-settle
// The success path never clears the timeout, so a probe that answers in time is still cancelled and rejected again when the timer fires later.
import { EventEmitter } from 'node:events';

export interface HumidityReading {
  probeId: string;
  relativeHumidity: number;
  temperatureC: number;
  takenAt: Date;
}

export interface CaveProbe extends EventEmitter {
  readonly id: string;
  readonly shelf: number;
  request(): void;
  cancelPending(): void;
}

declare const cave: {
  probes(): CaveProbe[];
  humidifier(shelf: number): { setDuty(percent: number): Promise<void> };
};

export class ProbeTimeoutError extends Error {
  constructor(readonly probeId: string, readonly timeoutMs: number) {
    super(`probe ${probeId} did not answer within ${timeoutMs}ms`);
    this.name = 'ProbeTimeoutError';
  }
}

export function readHumidity(probe: CaveProbe, timeoutMs = 2_000): Promise<HumidityReading> {
  return new Promise<HumidityReading>((resolve, reject) => {
    const onReading = (reading: HumidityReading): void => {
      probe.off('fault', onFault);
      resolve(reading);
    };
    const onFault = (err: Error): void => {
      clearTimeout(timer);
      probe.off('reading', onReading);
      reject(err);
    };
    const timer = setTimeout(() => {
      probe.off('reading', onReading);
      probe.off('fault', onFault);
      probe.cancelPending();
      reject(new ProbeTimeoutError(probe.id, timeoutMs));
    }, timeoutMs);

    probe.once('reading', onReading);
    probe.once('fault', onFault);
    probe.request();
  });
}

const TARGET_RH = 92;
const BAND = 2.5;

function dutyFor(readings: HumidityReading[]): number {
  const avg = readings.reduce((sum, r) => sum + r.relativeHumidity, 0) / readings.length;
  if (avg < TARGET_RH - BAND) return 80;
  if (avg < TARGET_RH) return 45;
  if (avg > TARGET_RH + BAND) return 0;
  return 20;
}

export async function regulateShelves(): Promise<Map<number, number>> {
  const byShelf = new Map<number, CaveProbe[]>();
  for (const probe of cave.probes()) {
    const list = byShelf.get(probe.shelf) ?? [];
    list.push(probe);
    byShelf.set(probe.shelf, list);
  }

  const duties = new Map<number, number>();
  for (const [shelf, probes] of byShelf) {
    const readings: HumidityReading[] = [];
    for (const probe of probes) {
      try {
        readings.push(await readHumidity(probe));
      } catch (err) {
        if (!(err instanceof ProbeTimeoutError)) throw err;
      }
    }
    if (readings.length === 0) continue;
    const duty = dutyFor(readings);
    await cave.humidifier(shelf).setDuty(duty);
    duties.set(shelf, duty);
  }
  return duties;
}
