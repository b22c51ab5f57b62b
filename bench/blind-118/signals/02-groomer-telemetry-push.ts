// expect: require-signal-propagation
// The fetch receives options.signal but the retry backoff sleeps with an uncancellable timer, so an abort during backoff is ignored until the delay (up to 30s) elapses.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TelemetryPoint {
  groomerId: string;
  at: string;
  lat: number;
  lon: number;
  tillerDepthCm: number;
  bladeAngleDeg: number;
  fuelPct: number;
}

export interface PushOptions {
  signal?: AbortSignal;
  retries?: number;
  token: string;
}

export interface PushReceipt {
  accepted: number;
  batchId: string;
}

function retryDelayMs(res: Response, fallback: number): number {
  const header = res.headers.get('retry-after');
  if (header === null) return fallback;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds > 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? fallback : Math.max(date - Date.now(), 0);
}

export async function pushTelemetry(
  endpoint: string,
  points: TelemetryPoint[],
  options: PushOptions,
): Promise<PushReceipt> {
  const retries = options.retries ?? 5;
  const body = JSON.stringify({ points });
  let delay = 500;

  for (let attempt = 0; ; attempt++) {
    const res = await fetch(endpoint, {
      method: 'POST',
      body,
      signal: options.signal,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
    });

    if (res.ok) {
      return (await res.json()) as PushReceipt;
    }
    if ((res.status !== 429 && res.status < 500) || attempt >= retries) {
      throw new Error(`telemetry push rejected: HTTP ${res.status} after ${attempt + 1} attempt(s)`);
    }

    await sleep(Math.min(retryDelayMs(res, delay), 30_000));
    delay = Math.min(delay * 2, 30_000);
  }
}

export function chunkPoints(points: TelemetryPoint[], size = 500): TelemetryPoint[][] {
  const chunks: TelemetryPoint[][] = [];
  for (let i = 0; i < points.length; i += size) {
    chunks.push(points.slice(i, i + size));
  }
  return chunks;
}
