// expect: no-swallowed-abort
// The station failover loop catches every error, including the caller's AbortError, moves on to the next station and finally throws a generic error.
export interface WindSample {
  stationId: string;
  avgKts: number;
  gustKts: number;
  dirDeg: number;
  sampledAt: string;
}

export interface Station {
  id: string;
  url: string;
  elevationM: number;
  priority: number;
}

declare const pilotBriefing: {
  post(siteId: string, text: string): Promise<void>;
};

declare const weatherLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class NoWindDataError extends Error {
  constructor(siteId: string, readonly failures: string[]) {
    super(`No wind data available for ${siteId}: ${failures.join('; ')}`);
    this.name = 'NoWindDataError';
  }
}

async function readStation(station: Station, signal: AbortSignal): Promise<WindSample> {
  const res = await fetch(`${station.url}/api/v2/current`, { signal });
  if (!res.ok) {
    throw new Error(`HTTP ${res.status}`);
  }
  const body = (await res.json()) as { wind_avg_kt: number; wind_max_kt: number; wind_dir: number; ts: string };
  return {
    stationId: station.id,
    avgKts: body.wind_avg_kt,
    gustKts: body.wind_max_kt,
    dirDeg: body.wind_dir,
    sampledAt: body.ts,
  };
}

export async function currentWind(siteId: string, stations: Station[], signal: AbortSignal): Promise<WindSample> {
  const failures: string[] = [];
  const ordered = [...stations].sort((a, b) => a.priority - b.priority);
  for (const station of ordered) {
    try {
      const sample = await readStation(station, signal);
      if (Date.now() - Date.parse(sample.sampledAt) > 20 * 60_000) {
        failures.push(`${station.id}: stale sample`);
        continue;
      }
      return sample;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      weatherLog.warn('wind station unavailable, trying next', { siteId, stationId: station.id, message });
      failures.push(`${station.id}: ${message}`);
    }
  }
  throw new NoWindDataError(siteId, failures);
}

export function briefingLine(sample: WindSample, launchFacingDeg: number): string {
  const offset = Math.abs(((sample.dirDeg - launchFacingDeg + 540) % 360) - 180);
  const cross = offset > 90 ? ' (behind launch)' : offset > 45 ? ' (cross)' : '';
  return `${sample.avgKts} kt gusting ${sample.gustKts} from ${sample.dirDeg}\u00b0${cross} at ${sample.stationId}`;
}

export async function publishBriefing(
  siteId: string,
  launchFacingDeg: number,
  stations: Station[],
  signal: AbortSignal,
): Promise<string> {
  const sample = await currentWind(siteId, stations, signal);
  const line = briefingLine(sample, launchFacingDeg);
  await pilotBriefing.post(siteId, line);
  return line;
}
