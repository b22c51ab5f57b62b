// expect: no-swallowed-abort
// fetchTrace catches every error, including the AbortError from the caller's signal, and turns it into an ordinary degraded result that the dashboard renders.
export interface TraceSample {
  km: number;
  contactForceN: number;
  arcing: boolean;
}

export interface TraceResult {
  lineId: string;
  samples: TraceSample[];
  degraded: boolean;
}

export interface TraceQuery {
  lineId: string;
  fromKm: number;
  toKm: number;
  signal: AbortSignal;
}

declare const monitorApi: { baseUrl: string };

declare const metrics: {
  increment(name: string, tags?: Record<string, string>): void;
};

declare const dashboard: {
  render(result: TraceResult, hotspots: number[]): void;
  showBanner(message: string): void;
};

function parseSamples(raw: unknown): TraceSample[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((r): r is [number, number, number] => Array.isArray(r) && r.length === 3)
    .map(([km, force, arc]) => ({ km, contactForceN: force, arcing: arc > 0 }));
}

export async function fetchTrace(query: TraceQuery): Promise<TraceResult> {
  const url = new URL(`/lines/${encodeURIComponent(query.lineId)}/uplift`, monitorApi.baseUrl);
  url.searchParams.set('from', String(query.fromKm));
  url.searchParams.set('to', String(query.toKm));

  try {
    const res = await fetch(url, { signal: query.signal });
    if (!res.ok) {
      throw new Error(`trace request failed with ${res.status}`);
    }
    const body = (await res.json()) as { samples: unknown };
    return { lineId: query.lineId, samples: parseSamples(body.samples), degraded: false };
  } catch (err) {
    metrics.increment('pantograph.trace_fetch_failed', { line: query.lineId });
    return { lineId: query.lineId, samples: [], degraded: true };
  }
}

function hotspots(samples: TraceSample[], bucketKm = 0.5): number[] {
  const buckets = new Map<number, number>();
  for (const s of samples) {
    if (!s.arcing) continue;
    const key = Math.floor(s.km / bucketKm) * bucketKm;
    buckets.set(key, (buckets.get(key) ?? 0) + 1);
  }
  return [...buckets.entries()].filter(([, n]) => n >= 3).map(([km]) => km);
}

export async function showLine(lineId: string, fromKm: number, toKm: number, signal: AbortSignal): Promise<void> {
  const result = await fetchTrace({ lineId, fromKm, toKm, signal });
  if (result.degraded) {
    dashboard.showBanner(`Trace for ${lineId} unavailable, showing last known state`);
  }
  dashboard.render(result, hotspots(result.samples));
}
