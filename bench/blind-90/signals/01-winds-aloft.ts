// expect: no-swallowed-abort
// fetchWindsAloft turns an AbortError into `null`, so a cancelled briefing carries on as "no upper-air data" and assessLaunch still produces a go/no-go instead of stopping.
export interface WindLayer {
  altitudeFt: number;
  directionDeg: number;
  speedKts: number;
}

export interface SurfaceObs {
  station: string;
  windKts: number;
  gustKts: number;
  visibilityM: number;
}

export interface LaunchDecision {
  site: string;
  go: boolean;
  reasons: string[];
  layers: WindLayer[] | null;
}

const WINDS_API = 'https://aviation-wx.example.net/v1/winds-aloft';
const OBS_API = 'https://aviation-wx.example.net/v1/metar';

export async function fetchWindsAloft(site: string, signal: AbortSignal): Promise<WindLayer[] | null> {
  try {
    const res = await fetch(`${WINDS_API}?site=${encodeURIComponent(site)}&levels=1000,3000,6000`, {
      signal,
    });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`winds aloft ${res.status}`);
    const body = (await res.json()) as { layers: WindLayer[] };
    return body.layers;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      return null;
    }
    throw err;
  }
}

async function fetchSurface(station: string, signal: AbortSignal): Promise<SurfaceObs> {
  const res = await fetch(`${OBS_API}/${station}`, { signal });
  if (!res.ok) throw new Error(`metar ${station}: ${res.status}`);
  return (await res.json()) as SurfaceObs;
}

export async function assessLaunch(
  site: string,
  station: string,
  signal: AbortSignal,
): Promise<LaunchDecision> {
  const surface = await fetchSurface(station, signal);
  const layers = await fetchWindsAloft(site, signal);
  const reasons: string[] = [];

  if (surface.windKts > 8) reasons.push(`surface wind ${surface.windKts} kt`);
  if (surface.gustKts - surface.windKts > 5) reasons.push(`gust spread ${surface.gustKts - surface.windKts} kt`);
  if (surface.visibilityM < 5000) reasons.push(`visibility ${surface.visibilityM} m`);

  if (layers) {
    const strongest = layers.reduce((a, b) => (b.speedKts > a.speedKts ? b : a), layers[0]);
    if (strongest && strongest.altitudeFt <= 3000 && strongest.speedKts > 20) {
      reasons.push(`${strongest.speedKts} kt at ${strongest.altitudeFt} ft`);
    }
  } else {
    reasons.push('no upper-air data; decision on surface observations only');
  }

  const blocking = reasons.filter((r) => !r.startsWith('no upper-air'));
  return { site, go: blocking.length === 0, reasons, layers };
}

export function renderDecision(d: LaunchDecision): string {
  const head = d.go ? `GO — ${d.site}` : `NO GO — ${d.site}`;
  return [head, ...d.reasons.map((r) => `  • ${r}`)].join('\n');
}
