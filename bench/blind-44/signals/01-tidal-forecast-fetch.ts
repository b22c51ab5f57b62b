// expect: require-signal-propagation
// loadRegionForecast passes options.signal to the station index fetch but not to the per-station harmonics fetch, so an aborted dispatch run keeps downloading every station.
export interface TideStation {
  id: string;
  name: string;
  lagoonId: string;
}

export interface HarmonicConstituent {
  name: 'M2' | 'S2' | 'N2' | 'K1' | 'O1';
  amplitudeM: number;
  phaseDeg: number;
  speedDegPerHour: number;
}

export interface StationForecast {
  stationId: string;
  lagoonId: string;
  highWaters: Array<{ at: string; heightM: number }>;
  headRangeM: number;
}

declare const FORECAST_API: string;
declare const apiToken: string;

const HOURS = 72;

function predictHeights(constituents: HarmonicConstituent[], startMs: number): Array<{ at: number; heightM: number }> {
  const out: Array<{ at: number; heightM: number }> = [];
  for (let step = 0; step <= HOURS * 6; step++) {
    const hours = step / 6;
    let h = 0;
    for (const c of constituents) {
      h += c.amplitudeM * Math.cos(((c.speedDegPerHour * hours - c.phaseDeg) * Math.PI) / 180);
    }
    out.push({ at: startMs + hours * 3_600_000, heightM: h });
  }
  return out;
}

function highWaters(series: Array<{ at: number; heightM: number }>): Array<{ at: string; heightM: number }> {
  const peaks: Array<{ at: string; heightM: number }> = [];
  for (let i = 1; i < series.length - 1; i++) {
    if (series[i].heightM > series[i - 1].heightM && series[i].heightM >= series[i + 1].heightM) {
      peaks.push({ at: new Date(series[i].at).toISOString(), heightM: Math.round(series[i].heightM * 100) / 100 });
    }
  }
  return peaks;
}

export async function loadRegionForecast(
  region: string,
  options: { signal?: AbortSignal; startMs?: number } = {},
): Promise<StationForecast[]> {
  const headers = { authorization: `Bearer ${apiToken}`, accept: 'application/json' };
  const indexRes = await fetch(`${FORECAST_API}/regions/${encodeURIComponent(region)}/stations`, {
    headers,
    signal: options.signal,
  });
  if (!indexRes.ok) throw new Error(`station index for ${region}: HTTP ${indexRes.status}`);
  const stations = (await indexRes.json()) as TideStation[];

  const startMs = options.startMs ?? Date.now();
  const forecasts: StationForecast[] = [];
  for (const station of stations) {
    const res = await fetch(`${FORECAST_API}/stations/${station.id}/harmonics`, { headers });
    if (!res.ok) throw new Error(`harmonics for ${station.name}: HTTP ${res.status}`);
    const constituents = (await res.json()) as HarmonicConstituent[];

    const series = predictHeights(constituents, startMs);
    const heights = series.map((p) => p.heightM);
    forecasts.push({
      stationId: station.id,
      lagoonId: station.lagoonId,
      highWaters: highWaters(series),
      headRangeM: Math.round((Math.max(...heights) - Math.min(...heights)) * 100) / 100,
    });
  }
  return forecasts;
}

export function sluiceWindows(forecast: StationForecast, minHeadM: number): string[] {
  // Generate only on the ebb after high waters with enough head across the barrage.
  if (forecast.headRangeM < minHeadM) return [];
  return forecast.highWaters.map((hw) => {
    const open = new Date(Date.parse(hw.at) + 3 * 3_600_000);
    return open.toISOString();
  });
}
