// expect: none
// The retry loop rethrows as soon as the caller's signal is aborted (and never retries an AbortError); only network and 5xx failures are retried, with the backoff delay also bound to the signal.
import { setTimeout as delay } from 'node:timers/promises';

export interface PinionStatus {
  trainId: string;
  pinionTempC: number;
  rackEngaged: boolean;
  brakePressureBar: number;
  kmPost: number;
}

class ServerBusyError extends Error {
  constructor(readonly status: number) {
    super(`signalling server busy (${status})`);
  }
}

declare const controlRoom: {
  flag(trainId: string, reason: string): Promise<void>;
};

const SIGNALLING_URL = process.env.COG_SIGNALLING_URL ?? 'https://signalling.cograil.example';

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

async function fetchStatus(trainId: string, signal: AbortSignal, attempts = 5): Promise<PinionStatus> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(`${SIGNALLING_URL}/trains/${trainId}/pinion`, { signal });
      if (res.status >= 500) throw new ServerBusyError(res.status);
      if (!res.ok) throw new Error(`signalling server ${res.status} for train ${trainId}`);
      return (await res.json()) as PinionStatus;
    } catch (err) {
      if (signal.aborted || isAbort(err)) throw err;
      if (!(err instanceof ServerBusyError) && !(err instanceof TypeError)) throw err;
      lastError = err;
    }
    await delay(250 * 2 ** attempt, undefined, { signal });
  }
  throw lastError;
}

export function checkPinion(status: PinionStatus): string | null {
  // above 90C the pinion teeth lose hardness; the rack must be engaged on every gradient section
  if (!status.rackEngaged) return 'rack disengaged';
  if (status.pinionTempC > 90) return `pinion at ${status.pinionTempC}C`;
  if (status.brakePressureBar < 4.5) return `brake pressure ${status.brakePressureBar} bar`;
  return null;
}

export async function watchDescent(trainIds: string[], signal: AbortSignal, everyMs = 5_000): Promise<void> {
  while (!signal.aborted) {
    for (const trainId of trainIds) {
      const status = await fetchStatus(trainId, signal);
      const problem = checkPinion(status);
      if (problem) {
        await controlRoom.flag(trainId, `${problem} at km ${status.kmPost.toFixed(2)}`);
      }
    }
    await delay(everyMs, undefined, { signal });
  }
}
