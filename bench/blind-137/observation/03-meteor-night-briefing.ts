// expect: no-unobserved-promise
// Both requests are started up front but awaited one after the other, so if the sky forecast rejects while the radiant lookup is still pending nobody is listening to it.
export interface Radiant {
  shower: string;
  raDeg: number;
  decDeg: number;
  peakZhr: number;
  peakUtc: string;
}

export interface SkyForecast {
  hourly: Array<{ utc: string; cloudCover: number; moonIllumination: number }>;
}

export interface ObservingSite {
  name: string;
  lat: number;
  lon: number;
  bortle: number;
}

export interface NightBriefing {
  site: string;
  shower: string;
  expectedRate: number;
  bestHourUtc: string | null;
}

const API_BASE = 'https://api.skywatch.example/v2';

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${url} failed with ${res.status}`);
  return (await res.json()) as T;
}

function limitingMagnitude(bortle: number): number {
  return 7.6 - 0.5 * Math.max(1, Math.min(9, bortle));
}

export async function buildNightBriefing(shower: string, site: ObservingSite): Promise<NightBriefing> {
  const radiantRequest = fetchJson<Radiant>(`${API_BASE}/radiants/${encodeURIComponent(shower)}`);
  const skyRequest = fetchJson<SkyForecast>(`${API_BASE}/sky?lat=${site.lat}&lon=${site.lon}&hours=12`);

  const radiant = await radiantRequest;
  const sky = await skyRequest;

  const lm = limitingMagnitude(site.bortle);
  const darkHours = sky.hourly.filter((h) => h.cloudCover < 0.35 && h.moonIllumination < 0.5);
  const best = darkHours.sort((a, b) => a.cloudCover - b.cloudCover)[0];

  const altitudeFactor = Math.sin((Math.max(0, 90 - Math.abs(site.lat - radiant.decDeg)) * Math.PI) / 180);
  const expectedRate = Math.round(radiant.peakZhr * altitudeFactor * Math.pow(2.5, lm - 6.5));

  return {
    site: site.name,
    shower: radiant.shower,
    expectedRate,
    bestHourUtc: best ? best.utc : null,
  };
}
