// expect: none
// fastestEphemeris races the mirrors against a timeout, but the finally block clears the timer, aborts the shared controller so the losing mirror requests are cancelled, and removes the listener on the caller's signal, so nothing outlives the race (and a caller abort is rethrown as the caller's own reason rather than Promise.any's AggregateError).
export interface EphemerisPoint {
  mjd: number;
  raDeg: number;
  decDeg: number;
  rangeAu: number;
}

export interface EphemerisQuery {
  target: string;
  startMjd: number;
  stopMjd: number;
  stepMinutes: number;
}

export class EphemerisTimeout extends Error {
  constructor(readonly target: string, readonly ms: number) {
    super(`no mirror answered for ${target} within ${ms}ms`);
    this.name = 'EphemerisTimeout';
  }
}

async function queryMirror(base: string, q: EphemerisQuery, signal: AbortSignal): Promise<EphemerisPoint[]> {
  const url = new URL('/ephemeris', base);
  url.searchParams.set('target', q.target);
  url.searchParams.set('start', String(q.startMjd));
  url.searchParams.set('stop', String(q.stopMjd));
  url.searchParams.set('step', `${q.stepMinutes}m`);
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${base} answered HTTP ${res.status}`);
  return (await res.json()) as EphemerisPoint[];
}

export async function fastestEphemeris(
  mirrors: string[],
  q: EphemerisQuery,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<EphemerisPoint[]> {
  signal?.throwIfAborted();
  const race = new AbortController();
  const onCallerAbort = () => race.abort(signal?.reason);
  signal?.addEventListener('abort', onCallerAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new EphemerisTimeout(q.target, timeoutMs)), timeoutMs);
  });

  try {
    return await Promise.race([
      Promise.any(mirrors.map((m) => queryMirror(m, q, race.signal))),
      timeout,
    ]);
  } catch (err) {
    signal?.throwIfAborted();
    throw err;
  } finally {
    clearTimeout(timer);
    race.abort();
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

export function sampleAt(points: EphemerisPoint[], mjd: number): EphemerisPoint | undefined {
  let best: EphemerisPoint | undefined;
  for (const p of points) {
    if (!best || Math.abs(p.mjd - mjd) < Math.abs(best.mjd - mjd)) best = p;
  }
  return best;
}
