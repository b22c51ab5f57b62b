// expect: none
// The retry loop rethrows aborts before deciding to retry, and its backoff sleep and every request take the caller's signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FinInspection {
  finId: string;
  gapMm: number;
  copperWearPct: number;
  ok: boolean;
}

declare const RIDE_API: string;
declare const opsLog: { warn(msg: string): void };

class RideApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function isAbort(err: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError'));
}

async function getInspection(finId: string, signal: AbortSignal): Promise<FinInspection> {
  const res = await fetch(`${RIDE_API}/fins/${finId}/inspection`, { signal });
  if (!res.ok) throw new RideApiError(res.status, `fin ${finId}: HTTP ${res.status}`);
  return (await res.json()) as FinInspection;
}

export async function inspectFin(finId: string, signal: AbortSignal, attempts = 3): Promise<FinInspection> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await getInspection(finId, signal);
    } catch (err) {
      if (isAbort(err, signal)) throw err;
      const retryable = !(err instanceof RideApiError) || err.status >= 500;
      if (!retryable || attempt >= attempts) throw err;
      opsLog.warn(`fin ${finId} inspection attempt ${attempt} failed: ${String(err)}`);
      await sleep(200 * attempt, undefined, { signal });
    }
  }
}

export interface TrainClearance {
  train: string;
  cleared: boolean;
  failing: FinInspection[];
}

export async function clearTrainForDispatch(train: string, finIds: string[], signal: AbortSignal): Promise<TrainClearance> {
  const inspections: FinInspection[] = [];
  for (const finId of finIds) {
    signal.throwIfAborted();
    inspections.push(await inspectFin(finId, signal));
  }
  const failing = inspections.filter((i) => !i.ok || i.copperWearPct > 60 || i.gapMm > 9);
  return { train, cleared: failing.length === 0, failing };
}

export async function clearAllTrains(trains: Record<string, string[]>, signal: AbortSignal): Promise<TrainClearance[]> {
  const results: TrainClearance[] = [];
  for (const [train, fins] of Object.entries(trains)) {
    results.push(await clearTrainForDispatch(train, fins, signal));
  }
  return results;
}
