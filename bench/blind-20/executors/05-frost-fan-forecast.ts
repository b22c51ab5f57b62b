// expect: none
// waitForSpinUp rejects up front if the signal is already aborted, and every outcome (rpm reached, fault, abort, timeout) removes all listeners and the timer before settling once.
import { EventEmitter } from 'node:events';

export interface StationReading {
  stationId: string;
  airTempC: number;
  dewPointC: number;
  inversionDeltaC: number;
}

interface FanController extends EventEmitter {
  readonly id: string;
  start(targetRpm: number): void;
  stop(): void;
}

declare const fans: FanController[];

export async function fetchStationReading(baseUrl: string, stationId: string, timeoutMs = 8_000): Promise<StationReading> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(new Error(`station ${stationId} timed out`)), timeoutMs);
  try {
    const res = await fetch(`${baseUrl}/stations/${encodeURIComponent(stationId)}/latest`, {
      signal: ctrl.signal,
      headers: { accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`station ${stationId}: HTTP ${res.status}`);
    return (await res.json()) as StationReading;
  } finally {
    clearTimeout(timer);
  }
}

export function waitForSpinUp(fan: FanController, targetRpm: number, signal: AbortSignal, timeoutMs = 45_000): Promise<number> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }

    const cleanup = () => {
      clearTimeout(timer);
      fan.off('rpm', onRpm);
      fan.off('fault', onFault);
      signal.removeEventListener('abort', onAbort);
    };
    const onRpm = (rpm: number) => {
      if (rpm < targetRpm * 0.95) return;
      cleanup();
      resolve(rpm);
    };
    const onFault = (code: string) => {
      cleanup();
      reject(new Error(`fan ${fan.id} fault ${code}`));
    };
    const onAbort = () => {
      cleanup();
      fan.stop();
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      cleanup();
      fan.stop();
      reject(new Error(`fan ${fan.id} did not reach ${targetRpm} rpm`));
    }, timeoutMs);

    fan.on('rpm', onRpm);
    fan.on('fault', onFault);
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      fan.start(targetRpm);
    } catch (err) {
      cleanup();
      reject(err);
    }
  });
}

export async function protectBlock(baseUrl: string, stationId: string, signal: AbortSignal) {
  const reading = await fetchStationReading(baseUrl, stationId);
  const atRisk = reading.airTempC <= 1.5 && reading.inversionDeltaC >= 2;
  if (!atRisk) return { started: [] as string[], reading };

  const results = await Promise.allSettled(fans.map((f) => waitForSpinUp(f, 590, signal)));
  const started = fans.filter((_, i) => results[i].status === 'fulfilled').map((f) => f.id);
  return { started, reading };
}
