// expect: require-signal-propagation
// collectSailTelemetry passes options.signal to the index fetch and the rate-limit sleep but not to the per-mill sails fetch inside the loop.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SailReading {
  millId: string;
  rpm: number;
  clothReefed: boolean;
  capOrientationDeg: number;
}

export interface MillIndexEntry {
  millId: string;
  name: string;
  active: boolean;
}

export interface TelemetryOptions {
  signal?: AbortSignal;
  token: string;
  onlyActive?: boolean;
}

declare const MILL_API: string;

const RATE_LIMIT_MS = 250;

async function readJson<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) {
    throw new Error(`${what}: HTTP ${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

export async function collectSailTelemetry(options: TelemetryOptions): Promise<SailReading[]> {
  const { signal, token } = options;
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };

  const index = await readJson<MillIndexEntry[]>(
    await fetch(`${MILL_API}/mills`, { headers, signal }),
    'mill index',
  );
  const mills = options.onlyActive === false ? index : index.filter((m) => m.active);

  const readings: SailReading[] = [];
  for (const mill of mills) {
    const res = await fetch(`${MILL_API}/mills/${encodeURIComponent(mill.millId)}/sails`, { headers });
    if (res.status === 404) {
      continue;
    }
    const sail = await readJson<Omit<SailReading, 'millId'>>(res, `sails for ${mill.name}`);
    readings.push({ millId: mill.millId, ...sail });
    await sleep(RATE_LIMIT_MS, undefined, { signal });
  }
  return readings;
}

export function needsReefing(reading: SailReading, gustKph: number): boolean {
  // Above ~30 rpm the stones overheat and the brake band cannot hold a gust.
  if (reading.clothReefed) return false;
  return reading.rpm > 30 || gustKph > 45;
}

export async function reefingReport(options: TelemetryOptions, gustKph: number): Promise<string[]> {
  const readings = await collectSailTelemetry(options);
  return readings
    .filter((r) => needsReefing(r, gustKph))
    .map((r) => `${r.millId}: ${r.rpm.toFixed(1)} rpm, cap at ${r.capOrientationDeg}deg`);
}
