// expect: none
// The finally block removes the forwarded abort listener and aborts a local controller that cancels both the window sleep and the losing arrival wait, so nothing keeps running once the race is decided.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Arrival {
  ringNumber: string;
  loftId: string;
  clockedAt: Date;
}

interface LoftClock {
  nextArrival(options: { signal: AbortSignal }): Promise<Arrival>;
}

export async function awaitFirstArrival(
  clock: LoftClock,
  windowMs: number,
  signal?: AbortSignal,
): Promise<Arrival | null> {
  signal?.throwIfAborted();

  const local = new AbortController();
  const forwardAbort = () => local.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });

  try {
    return await Promise.race([
      clock.nextArrival({ signal: local.signal }),
      sleep(windowMs, null, { signal: local.signal }),
    ]);
  } finally {
    signal?.removeEventListener('abort', forwardAbort);
    local.abort();
  }
}

export interface FinishWindowResult {
  raceId: string;
  arrivals: Arrival[];
  closedAt: Date;
}

export async function collectFinishWindow(
  raceId: string,
  clock: LoftClock,
  options: { windowMs: number; maxBirds: number; signal?: AbortSignal },
): Promise<FinishWindowResult> {
  const deadline = Date.now() + options.windowMs;
  const arrivals: Arrival[] = [];

  while (arrivals.length < options.maxBirds) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) break;
    const arrival = await awaitFirstArrival(clock, remaining, options.signal);
    if (!arrival) break;
    if (!arrivals.some((a) => a.ringNumber === arrival.ringNumber)) {
      arrivals.push(arrival);
    }
  }

  return { raceId, arrivals, closedAt: new Date() };
}

export function velocityMetresPerMinute(distanceKm: number, releasedAt: Date, arrival: Arrival): number {
  const minutes = (arrival.clockedAt.getTime() - releasedAt.getTime()) / 60_000;
  if (minutes <= 0) throw new Error(`arrival ${arrival.ringNumber} clocked before release`);
  return Math.round(((distanceKm * 1_000) / minutes) * 1_000) / 1_000;
}
