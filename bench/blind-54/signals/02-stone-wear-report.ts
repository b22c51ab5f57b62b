// expect: none
// The caller's signal travels inside the RequestInit built by requestInit(), and is passed to the backoff timer and the combined per-request timeout as well.
import { setTimeout as sleep } from "node:timers/promises";

export interface WearSample {
  millId: string;
  quadrant: "NE" | "NW" | "SE" | "SW";
  furrowDepthMm: number;
  takenAt: string;
}

export interface WearReport {
  millId: string;
  averageDepthMm: number;
  shallowQuadrants: WearSample["quadrant"][];
  redressDue: boolean;
}

interface FetchOptions {
  signal: AbortSignal;
  token: string;
  timeoutMs: number;
}

declare const millRegistryUrl: string;

const REDRESS_BELOW_MM = 3.2;

function requestInit(opts: FetchOptions): RequestInit {
  return {
    headers: { authorization: `Bearer ${opts.token}`, accept: "application/json" },
    signal: AbortSignal.any([opts.signal, AbortSignal.timeout(opts.timeoutMs)]),
  };
}

async function getJson<T>(url: string, opts: FetchOptions, retries = 2): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, requestInit(opts));
    if (res.ok) return (await res.json()) as T;
    if (res.status < 500 || attempt >= retries) {
      throw new Error(`GET ${url} -> ${res.status}`);
    }
    await sleep(300 * 2 ** attempt, undefined, { signal: opts.signal });
  }
}

export async function wearReport(millId: string, opts: FetchOptions): Promise<WearReport> {
  const samples = await getJson<WearSample[]>(`${millRegistryUrl}/mills/${millId}/wear?latest=8`, opts);
  if (samples.length === 0) {
    return { millId, averageDepthMm: NaN, shallowQuadrants: [], redressDue: true };
  }
  const average = samples.reduce((sum, s) => sum + s.furrowDepthMm, 0) / samples.length;
  const shallow = new Set<WearSample["quadrant"]>();
  for (const sample of samples) {
    if (sample.furrowDepthMm < REDRESS_BELOW_MM) shallow.add(sample.quadrant);
  }
  return {
    millId,
    averageDepthMm: Math.round(average * 100) / 100,
    shallowQuadrants: [...shallow].sort(),
    redressDue: shallow.size >= 2 || average < REDRESS_BELOW_MM,
  };
}

export async function wearReports(millIds: string[], opts: FetchOptions): Promise<WearReport[]> {
  const reports: WearReport[] = [];
  for (const millId of millIds) {
    opts.signal.throwIfAborted();
    reports.push(await wearReport(millId, opts));
  }
  return reports;
}
