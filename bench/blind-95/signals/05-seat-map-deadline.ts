// expect: none
// The race's deadline timer is cleared, the caller's abort listener removed and the losing fetch aborted in finally, so neither the timer nor the request outlives the call whichever side wins.
export interface SeatMap {
  performanceId: string;
  sections: { name: string; free: number; priceBandCents: number[] }[];
}

export class SeatMapTimeout extends Error {
  override name = 'SeatMapTimeout';
}

const SEAT_MAP_API = 'https://boxoffice.opera.example/api/performances';

export async function fetchSeatMap(performanceId: string, opts: { signal: AbortSignal; deadlineMs?: number }): Promise<SeatMap> {
  const { signal, deadlineMs = 4_000 } = opts;
  signal.throwIfAborted();

  const request = new AbortController();
  const forwardAbort = () => request.abort(signal.reason);
  signal.addEventListener('abort', forwardAbort, { once: true });

  const deadline = Promise.withResolvers<never>();
  const timer = setTimeout(() => {
    deadline.reject(new SeatMapTimeout(`seat map for ${performanceId} took longer than ${deadlineMs}ms`));
  }, deadlineMs);

  const load = async (): Promise<SeatMap> => {
    const res = await fetch(`${SEAT_MAP_API}/${encodeURIComponent(performanceId)}/seat-map`, { signal: request.signal });
    if (!res.ok) throw new Error(`seat map request failed with ${res.status}`);
    return (await res.json()) as SeatMap;
  };

  try {
    return await Promise.race([load(), deadline.promise]);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forwardAbort);
    request.abort();
  }
}

export async function cheapestAvailable(performanceId: string, signal: AbortSignal): Promise<{ section: string; cents: number } | null> {
  let map: SeatMap;
  try {
    map = await fetchSeatMap(performanceId, { signal });
  } catch (err) {
    if (err instanceof SeatMapTimeout) return null; // the widget shows "check availability" instead
    throw err;
  }

  let best: { section: string; cents: number } | null = null;
  for (const section of map.sections) {
    if (section.free === 0) continue;
    const cents = Math.min(...section.priceBandCents);
    if (!best || cents < best.cents) best = { section: section.name, cents };
  }
  return best;
}
