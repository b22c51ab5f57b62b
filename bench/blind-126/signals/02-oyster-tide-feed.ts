// expect: none
// The caller's signal reaches both the tide API fetch and the timers/promises sleep between polls, so an abort cancels whichever step is in progress.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TidePrediction {
  at: string;
  heightM: number;
  type: 'high' | 'low';
}

export interface ExposureWindow {
  lease: string;
  lowAt: string;
  heightM: number;
  workableMinutes: number;
}

export interface FeedOptions {
  signal?: AbortSignal;
  apiBase: string;
  pollMs?: number;
  maxAttempts?: number;
}

const EXPOSED_BELOW_M = 0.4;

async function fetchPredictions(apiBase: string, gauge: string, signal?: AbortSignal): Promise<TidePrediction[] | null> {
  const res = await fetch(`${apiBase}/gauges/${encodeURIComponent(gauge)}/predictions?days=2`, { signal });
  if (res.status === 503) return null;
  if (!res.ok) throw new Error(`tide service answered ${res.status} for ${gauge}`);
  return (await res.json()) as TidePrediction[];
}

function workableMinutes(heightM: number): number {
  if (heightM >= EXPOSED_BELOW_M) return 0;
  return Math.round(((EXPOSED_BELOW_M - heightM) / EXPOSED_BELOW_M) * 150);
}

export async function nextExposure(lease: string, gauge: string, opts: FeedOptions): Promise<ExposureWindow | null> {
  const pollMs = opts.pollMs ?? 20_000;
  const maxAttempts = opts.maxAttempts ?? 6;

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const predictions = await fetchPredictions(opts.apiBase, gauge, opts.signal);
    if (predictions !== null) {
      const low = predictions
        .filter((p) => p.type === 'low' && p.heightM < EXPOSED_BELOW_M && Date.parse(p.at) > Date.now())
        .sort((a, b) => a.at.localeCompare(b.at))[0];
      if (!low) return null;
      return { lease, lowAt: low.at, heightM: low.heightM, workableMinutes: workableMinutes(low.heightM) };
    }
    if (attempt < maxAttempts) {
      await sleep(pollMs * attempt, undefined, { signal: opts.signal });
    }
  }
  throw new Error(`tide service unavailable for ${gauge} after ${maxAttempts} attempts`);
}

export async function crewRoster(leases: Array<{ lease: string; gauge: string }>, opts: FeedOptions): Promise<ExposureWindow[]> {
  const windows: ExposureWindow[] = [];
  for (const { lease, gauge } of leases) {
    const window = await nextExposure(lease, gauge, opts);
    if (window) windows.push(window);
  }
  return windows.sort((a, b) => a.lowAt.localeCompare(b.lowAt));
}
