// expect: none
// The executor listens for both 'ready' and 'fault', clears its timer and detaches both listeners on every path.
import { EventEmitter } from 'node:events';

export interface MalaxerStatus {
  malaxerId: string;
  pasteTempC: number;
  minutes: number;
}

export class MalaxerTimeoutError extends Error {
  constructor(readonly malaxerId: string, readonly waitedMs: number) {
    super(`malaxer ${malaxerId} did not report ready within ${waitedMs}ms`);
    this.name = 'MalaxerTimeoutError';
  }
}

declare const millFloor: {
  malaxer(id: string): EventEmitter;
  startKneading(id: string, targetTempC: number): void;
};

const MAX_PASTE_TEMP_C = 27; // cold-extraction limit

function runMalaxer(
  id: string,
  emitter: EventEmitter,
  timeoutMs: number,
  start: () => void,
): Promise<MalaxerStatus> {
  return new Promise<MalaxerStatus>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      emitter.off('ready', onReady);
      emitter.off('fault', onFault);
    };
    const onReady = (status: MalaxerStatus) => {
      cleanup();
      resolve(status);
    };
    const onFault = (code: string) => {
      cleanup();
      reject(new Error(`malaxer ${id} fault ${code}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new MalaxerTimeoutError(id, timeoutMs));
    }, timeoutMs);

    emitter.on('ready', onReady);
    emitter.on('fault', onFault);
    try {
      start();
    } catch (err) {
      cleanup();
      reject(err);
    }
  });
}

export async function kneadPaste(malaxerId: string, targetTempC: number, timeoutMs = 45 * 60_000): Promise<MalaxerStatus> {
  if (targetTempC > MAX_PASTE_TEMP_C) {
    throw new RangeError(`target ${targetTempC}°C breaks the cold-extraction limit of ${MAX_PASTE_TEMP_C}°C`);
  }
  const emitter = millFloor.malaxer(malaxerId);
  const status = await runMalaxer(malaxerId, emitter, timeoutMs, () =>
    millFloor.startKneading(malaxerId, targetTempC),
  );
  if (status.pasteTempC > MAX_PASTE_TEMP_C) {
    throw new Error(`malaxer ${malaxerId} overheated paste to ${status.pasteTempC}°C`);
  }
  return status;
}

export async function kneadShift(plan: Array<{ id: string; tempC: number }>): Promise<Map<string, MalaxerStatus | Error>> {
  const outcome = new Map<string, MalaxerStatus | Error>();
  for (const step of plan) {
    try {
      outcome.set(step.id, await kneadPaste(step.id, step.tempC));
    } catch (err) {
      outcome.set(step.id, err instanceof Error ? err : new Error(String(err)));
    }
  }
  return outcome;
}
