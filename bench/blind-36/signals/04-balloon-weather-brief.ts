// expect: none
// The signal reaches every call that takes one: fetches get it through the RequestInit built by requestInit(), and the back-off sleep and readFile get it directly.
import { setTimeout as sleep } from 'node:timers/promises';
import { readFile } from 'node:fs/promises';

export interface SurfaceObs {
  station: string;
  windKt: number;
  gustKt: number;
  directionDeg: number;
  visibilityKm: number;
  dewpointSpreadC: number;
}

export interface WindsAloft {
  levels: Array<{ altitudeFt: number; directionDeg: number; speedKt: number }>;
}

export interface LaunchBrief {
  launchField: string;
  go: boolean;
  reasons: string[];
  driftHeadingDeg: number | null;
}

const MET_API = process.env.MET_API ?? 'https://aviation-met.example.org';

function requestInit(signal: AbortSignal | undefined, token: string): RequestInit {
  return {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    signal,
  };
}

async function getJson<T>(url: string, init: RequestInit, retries = 2): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, init);
    if (res.ok) return (await res.json()) as T;
    if (res.status < 500 || attempt >= retries) {
      throw new Error(`${url}: HTTP ${res.status}`);
    }
    await sleep(500 * (attempt + 1), undefined, { signal: init.signal ?? undefined });
  }
}

export async function briefLaunch(
  launchField: string,
  station: string,
  options: { signal?: AbortSignal; tokenFile: string },
): Promise<LaunchBrief> {
  const token = (await readFile(options.tokenFile, { encoding: 'utf8', signal: options.signal })).trim();
  const init = requestInit(options.signal, token);

  const surface = await getJson<SurfaceObs>(`${MET_API}/metar/${station}/latest`, init);
  const aloft = await getJson<WindsAloft>(`${MET_API}/winds-aloft/${station}?max=5000`, init);

  const reasons: string[] = [];
  if (surface.windKt > 8) reasons.push(`surface wind ${surface.windKt} kt above 8 kt limit`);
  if (surface.gustKt - surface.windKt > 5) reasons.push(`gust spread ${surface.gustKt - surface.windKt} kt`);
  if (surface.visibilityKm < 5) reasons.push(`visibility ${surface.visibilityKm} km`);
  if (surface.dewpointSpreadC < 2) reasons.push('fog risk: dewpoint spread under 2C');

  const lowLevels = aloft.levels.filter((l) => l.altitudeFt <= 3000);
  const strongest = lowLevels.reduce((max, l) => Math.max(max, l.speedKt), 0);
  if (strongest > 20) reasons.push(`winds aloft ${strongest} kt below 3000 ft`);

  const drift =
    lowLevels.length > 0
      ? (lowLevels.reduce((sum, l) => sum + l.directionDeg, 0) / lowLevels.length + 180) % 360
      : null;

  return { launchField, go: reasons.length === 0, reasons, driftHeadingDeg: drift };
}

export async function dawnBriefing(
  fields: Array<{ name: string; station: string }>,
  tokenFile: string,
  signal?: AbortSignal,
): Promise<LaunchBrief[]> {
  return Promise.all(fields.map((f) => briefLaunch(f.name, f.station, { signal, tokenFile })));
}
