// expect: no-swallowed-abort
// fetchPasses() catches the AbortError from a cancelled request and returns cached predictions as if the fetch had succeeded.
export interface PassPrediction {
  satellite: string;
  aos: Date;
  los: Date;
  maxElevationDeg: number;
  azimuthAtAosDeg: number;
}

interface RawPass {
  norad_id: number;
  name: string;
  aos_utc: string;
  los_utc: string;
  max_el: number;
  aos_az: number;
}

declare const contactScheduler: {
  book(stationId: string, pass: PassPrediction, options: { signal: AbortSignal }): Promise<string>;
};

const PREDICTION_API = 'https://orbits.groundstation.example/v1/passes';
const MAX_STALE_MS = 6 * 60 * 60 * 1000;

const cache = new Map<string, { fetchedAt: number; passes: PassPrediction[] }>();

function toPrediction(raw: RawPass): PassPrediction {
  return {
    satellite: raw.name,
    aos: new Date(raw.aos_utc),
    los: new Date(raw.los_utc),
    maxElevationDeg: raw.max_el,
    azimuthAtAosDeg: raw.aos_az,
  };
}

export async function fetchPasses(
  stationId: string,
  noradIds: readonly number[],
  signal: AbortSignal,
  elevationMaskDeg = 10,
): Promise<PassPrediction[]> {
  const url = `${PREDICTION_API}?station=${encodeURIComponent(stationId)}&ids=${noradIds.join(',')}&hours=24`;
  try {
    const res = await fetch(url, { signal });
    if (!res.ok) {
      throw new Error(`prediction service returned ${res.status}`);
    }
    const body = (await res.json()) as { passes: RawPass[] };
    const passes = body.passes
      .map(toPrediction)
      .filter((p) => p.maxElevationDeg >= elevationMaskDeg)
      .sort((a, b) => a.aos.getTime() - b.aos.getTime());
    cache.set(stationId, { fetchedAt: Date.now(), passes });
    return passes;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      return cache.get(stationId)?.passes ?? [];
    }
    const cached = cache.get(stationId);
    if (cached && Date.now() - cached.fetchedAt < MAX_STALE_MS) {
      console.warn(`using predictions from ${new Date(cached.fetchedAt).toISOString()} for ${stationId}`);
      return cached.passes;
    }
    throw err;
  }
}

export async function bookUpcomingContacts(
  stationId: string,
  noradIds: readonly number[],
  signal: AbortSignal,
): Promise<string[]> {
  const passes = await fetchPasses(stationId, noradIds, signal);
  const now = Date.now();
  const booked: string[] = [];
  let lastLos = 0;
  for (const pass of passes) {
    if (pass.aos.getTime() < now + 5 * 60_000) continue;
    // the antenna needs two minutes to slew and re-stow between passes
    if (pass.aos.getTime() < lastLos + 2 * 60_000) continue;
    booked.push(await contactScheduler.book(stationId, pass, { signal }));
    lastLos = pass.los.getTime();
  }
  return booked;
}
