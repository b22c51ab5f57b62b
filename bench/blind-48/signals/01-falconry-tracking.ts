// expect: require-signal-propagation
// Bug: options.signal is passed to the fixes request but not to the wind request, so cancelling a sync leaves that fetch running.
export interface GpsFix {
  lat: number;
  lon: number;
  altitudeM: number;
  speedKmh: number;
  at: string;
}

export interface FlightTrack {
  birdId: string;
  fixes: GpsFix[];
  maxAltitudeM: number;
  windAtLastFix?: { speedMs: number; directionDeg: number };
}

export interface SyncOptions {
  since?: Date;
  signal?: AbortSignal;
  includeWind?: boolean;
}

declare const trackerConfig: {
  apiBase: string;
  weatherBase: string;
  apiKey: string;
};

function authHeaders(): Record<string, string> {
  return { authorization: `Bearer ${trackerConfig.apiKey}`, accept: 'application/json' };
}

async function readJson<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) throw new Error(`${what} request failed with HTTP ${res.status}`);
  return (await res.json()) as T;
}

function dedupeFixes(fixes: GpsFix[]): GpsFix[] {
  const seen = new Set<string>();
  return fixes
    .filter((f) => {
      const key = `${f.at}:${f.lat.toFixed(5)}:${f.lon.toFixed(5)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.at.localeCompare(b.at));
}

export async function syncFlightTrack(birdId: string, options: SyncOptions = {}): Promise<FlightTrack> {
  const { signal, since = new Date(Date.now() - 6 * 3_600_000), includeWind = true } = options;

  const fixesUrl = `${trackerConfig.apiBase}/birds/${encodeURIComponent(birdId)}/fixes?since=${since.toISOString()}`;
  const raw = await readJson<GpsFix[]>(await fetch(fixesUrl, { headers: authHeaders(), signal }), 'fixes');
  const fixes = dedupeFixes(raw);

  const track: FlightTrack = {
    birdId,
    fixes,
    maxAltitudeM: fixes.reduce((max, f) => Math.max(max, f.altitudeM), 0),
  };

  const last = fixes.at(-1);
  if (includeWind && last) {
    const windUrl = `${trackerConfig.weatherBase}/wind?lat=${last.lat}&lon=${last.lon}&at=${encodeURIComponent(last.at)}`;
    const windRes = await fetch(windUrl, { headers: authHeaders() });
    track.windAtLastFix = await readJson<{ speedMs: number; directionDeg: number }>(windRes, 'wind');
  }

  return track;
}

export function flightSummary(track: FlightTrack): string {
  const top = track.fixes.reduce((max, f) => Math.max(max, f.speedKmh), 0);
  const wind = track.windAtLastFix ? `, wind ${track.windAtLastFix.speedMs} m/s` : '';
  return `${track.birdId}: ${track.fixes.length} fixes, ceiling ${track.maxAltitudeM} m, top speed ${top} km/h${wind}`;
}
