// expect: none
// The reconnect backoff passes the caller's signal to timers/promises setTimeout, so aborting interrupts both the connection attempt and the wait between attempts.
import { setTimeout as sleep } from 'node:timers/promises';

export interface WindReading {
  craneId: string;
  gustMs: number;
  sustainedMs: number;
  at: string;
}

export interface TelemetryOptions {
  signal?: AbortSignal;
  maxAttempts?: number;
  baseDelayMs?: number;
}

const TRANSIENT = new Set([408, 429, 500, 502, 503, 504]);

async function fetchWind(url: string, options: TelemetryOptions): Promise<WindReading> {
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 250;

  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: options.signal,
    });
    if (res.ok) {
      return (await res.json()) as WindReading;
    }
    if (!TRANSIENT.has(res.status) || attempt >= maxAttempts) {
      throw new Error(`anemometer endpoint ${url} answered ${res.status} after ${attempt} attempt(s)`);
    }
    await res.body?.cancel();
    const jitter = Math.random() * baseDelayMs;
    await sleep(baseDelayMs * 2 ** (attempt - 1) + jitter, undefined, { signal: options.signal });
  }
}

export async function craneWindStatus(
  telemetryBaseUrl: string,
  craneIds: string[],
  options: TelemetryOptions = {},
): Promise<Map<string, WindReading>> {
  const readings = await Promise.all(
    craneIds.map((id) => fetchWind(`${telemetryBaseUrl}/cranes/${id}/wind`, options)),
  );
  return new Map(readings.map((r) => [r.craneId, r]));
}

export function cranesToStop(readings: Map<string, WindReading>, gustLimitMs = 20): string[] {
  const stop: string[] = [];
  for (const [craneId, r] of readings) {
    if (r.gustMs >= gustLimitMs || r.sustainedMs >= gustLimitMs * 0.8) stop.push(craneId);
  }
  return stop.sort();
}

export function describeWind(r: WindReading): string {
  return `${r.craneId}: gust ${r.gustMs.toFixed(1)} m/s, sustained ${r.sustainedMs.toFixed(1)} m/s @ ${r.at}`;
}
