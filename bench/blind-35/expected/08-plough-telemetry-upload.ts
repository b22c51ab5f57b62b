// expect: no-reused-settled-promise
// The retry loop awaits the single fetch started before it, so every "retry" re-reads the same failed response instead of sending again.
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';

export interface GpsPing {
  truckId: string;
  lat: number;
  lon: number;
  bladeDown: boolean;
  saltKgPerKm: number;
  at: string;
}

export interface UploadReceipt {
  batchId: string;
  accepted: number;
  duplicates: number;
}

export class PermanentUploadError extends Error {
  constructor(readonly status: number, detail: string) {
    super(`depot rejected telemetry batch (${status}): ${detail}`);
    this.name = 'PermanentUploadError';
  }
}

declare const fleetLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const MAX_ATTEMPTS = 4;

function backoffMs(attempt: number): number {
  const base = 500 * 2 ** (attempt - 1);
  return base + Math.floor(Math.random() * 250);
}

export function dropStationary(pings: GpsPing[]): GpsPing[] {
  // Trucks idling at junctions flood the feed; keep only pings that moved ~10 m or changed blade state.
  const kept: GpsPing[] = [];
  for (const ping of pings) {
    const prev = kept.findLast((p) => p.truckId === ping.truckId);
    if (!prev) {
      kept.push(ping);
      continue;
    }
    const moved = Math.abs(prev.lat - ping.lat) + Math.abs(prev.lon - ping.lon) > 0.0001;
    if (moved || prev.bladeDown !== ping.bladeDown) kept.push(ping);
  }
  return kept;
}

export async function uploadTelemetry(endpoint: string, token: string, pings: GpsPing[]): Promise<UploadReceipt> {
  const body = gzipSync(JSON.stringify({ pings: dropStationary(pings) }));
  const request = fetch(endpoint, {
    method: 'POST',
    body,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    },
  });

  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      const res = await request;
      if (res.status >= 500 || res.status === 429) {
        throw new Error(`depot server answered ${res.status}`);
      }
      if (!res.ok) {
        throw new PermanentUploadError(res.status, await res.text());
      }
      return (await res.json()) as UploadReceipt;
    } catch (err) {
      if (err instanceof PermanentUploadError) throw err;
      lastError = err;
      fleetLog.warn('telemetry upload failed, backing off', { attempt, error: (err as Error).message });
      if (attempt < MAX_ATTEMPTS) await sleep(backoffMs(attempt));
    }
  }
  throw lastError;
}
