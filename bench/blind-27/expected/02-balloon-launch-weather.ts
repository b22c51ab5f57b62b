// expect: no-reused-settled-promise
// withBackoff receives an already-started request promise and re-awaits that same settled promise on every attempt, so no new fetch is ever made.
import { setTimeout as delay } from 'node:timers/promises';

export interface WindsAloft {
  siteId: string;
  surfaceKnots: number;
  layers: Array<{ altitudeFt: number; directionDeg: number; speedKnots: number }>;
  issuedAt: string;
}

export interface BackoffOptions {
  retries: number;
  baseDelayMs: number;
  signal?: AbortSignal;
}

const WEATHER_BASE = 'https://wx.launchfield.example/v2';

async function fetchWindsAloft(siteId: string, signal?: AbortSignal): Promise<WindsAloft> {
  const res = await fetch(`${WEATHER_BASE}/sites/${encodeURIComponent(siteId)}/winds`, {
    headers: { accept: 'application/json' },
    signal,
  });
  if (!res.ok) {
    throw new Error(`winds aloft request for ${siteId} failed: ${res.status}`);
  }
  return (await res.json()) as WindsAloft;
}

export async function withBackoff<T>(attempt: Promise<T>, opts: BackoffOptions): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i <= opts.retries; i++) {
    try {
      return await attempt;
    } catch (err) {
      lastError = err;
      if (opts.signal?.aborted || i === opts.retries) break;
      await delay(opts.baseDelayMs * 2 ** i, undefined, { signal: opts.signal });
    }
  }
  throw lastError;
}

export type LaunchDecision =
  | { go: true; maxLayerKnots: number }
  | { go: false; reason: string };

export async function assessLaunch(
  siteId: string,
  limits: { surfaceKnots: number; aloftKnots: number; ceilingFt: number },
  signal?: AbortSignal,
): Promise<LaunchDecision> {
  const winds = await withBackoff(fetchWindsAloft(siteId, signal), {
    retries: 4,
    baseDelayMs: 750,
    signal,
  });

  const ageMinutes = (Date.now() - Date.parse(winds.issuedAt)) / 60_000;
  if (ageMinutes > 90) {
    return { go: false, reason: `forecast is ${Math.round(ageMinutes)} minutes old` };
  }
  if (winds.surfaceKnots > limits.surfaceKnots) {
    return { go: false, reason: `surface wind ${winds.surfaceKnots}kt over limit` };
  }

  const relevant = winds.layers.filter((l) => l.altitudeFt <= limits.ceilingFt);
  const maxLayerKnots = Math.max(0, ...relevant.map((l) => l.speedKnots));
  if (maxLayerKnots > limits.aloftKnots) {
    return { go: false, reason: `winds aloft ${maxLayerKnots}kt below ${limits.ceilingFt}ft` };
  }
  return { go: true, maxLayerKnots };
}
