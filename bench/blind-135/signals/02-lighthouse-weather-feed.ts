// expect: none
// The signal is forwarded to every fetch and to the backoff sleep, and aborts are rethrown untouched, so cancelling stops the feed poller immediately.
import { setTimeout as sleep } from 'node:timers/promises';

export interface MarineObservation {
  station: string;
  visibilityNm: number;
  windKnots: number;
  seaState: number;
  observedAt: string;
}

export interface FeedOptions {
  endpoint: string;
  signal?: AbortSignal;
  attempts?: number;
}

export class FeedError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'FeedError';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export async function fetchObservation(station: string, opts: FeedOptions): Promise<MarineObservation> {
  const attempts = opts.attempts ?? 3;
  let lastError: unknown = new Error(`no attempt made for ${station}`);

  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const res = await fetch(`${opts.endpoint}/stations/${station}/latest`, { signal: opts.signal });
      if (res.status >= 500) {
        lastError = new FeedError(res.status, `met service unavailable (${res.status})`);
      } else if (!res.ok) {
        throw new FeedError(res.status, `no observation for ${station} (${res.status})`);
      } else {
        return (await res.json()) as MarineObservation;
      }
    } catch (err) {
      if (isAbort(err) || err instanceof FeedError) throw err;
      lastError = err;
    }
    if (attempt < attempts - 1) await sleep(500 * 2 ** attempt, undefined, { signal: opts.signal });
  }
  throw lastError;
}

export type FogDecision = { sound: boolean; reason: string };

export function fogSignalDecision(obs: MarineObservation): FogDecision {
  if (obs.visibilityNm < 2) return { sound: true, reason: `visibility ${obs.visibilityNm} nm` };
  if (obs.seaState >= 7 && obs.visibilityNm < 4) return { sound: true, reason: 'heavy sea with reduced visibility' };
  return { sound: false, reason: 'visibility adequate' };
}

export async function* watchStation(
  station: string,
  everyMs: number,
  opts: FeedOptions & { signal: AbortSignal },
): AsyncGenerator<FogDecision> {
  while (!opts.signal.aborted) {
    const obs = await fetchObservation(station, opts);
    yield fogSignalDecision(obs);
    await sleep(everyMs, undefined, { signal: opts.signal });
  }
}
