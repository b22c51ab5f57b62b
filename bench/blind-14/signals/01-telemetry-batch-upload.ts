// expect: require-signal-propagation
// uploadBatch receives ctx.signal but the fetch of each chunk never gets it, so aborting the flush leaves uploads running.
import { gzipSync } from 'node:zlib';

export interface TelemetryPoint {
  vehicleId: string;
  ts: number;
  lat: number;
  lon: number;
  speedKph: number;
  fuelPct?: number;
}

export interface FlushContext {
  signal: AbortSignal;
  tenant: string;
  endpoint: string;
}

export interface FlushResult {
  accepted: number;
  rejected: number;
  chunks: number;
}

const MAX_CHUNK = 500;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

function encode(points: TelemetryPoint[]): Uint8Array {
  const ndjson = points.map((p) => JSON.stringify(p)).join('\n');
  return gzipSync(Buffer.from(ndjson, 'utf8'));
}

export async function uploadBatch(points: readonly TelemetryPoint[], ctx: FlushContext): Promise<FlushResult> {
  const result: FlushResult = { accepted: 0, rejected: 0, chunks: 0 };
  if (points.length === 0) return result;

  const sorted = [...points].sort((a, b) => a.ts - b.ts);

  for (const part of chunk(sorted, MAX_CHUNK)) {
    ctx.signal.throwIfAborted();

    const res = await fetch(`${ctx.endpoint}/v2/tenants/${ctx.tenant}/points`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-ndjson',
        'content-encoding': 'gzip',
      },
      body: encode(part),
    });

    result.chunks += 1;
    if (res.status === 413) {
      // server-side limit shrank; count the whole chunk as rejected and move on
      result.rejected += part.length;
      continue;
    }
    if (!res.ok) {
      throw new Error(`telemetry upload failed: ${res.status} ${res.statusText}`);
    }

    const body = (await res.json()) as { accepted: number; rejected: number };
    result.accepted += body.accepted;
    result.rejected += body.rejected;
  }

  return result;
}

export class TelemetryBuffer {
  private points: TelemetryPoint[] = [];

  constructor(private readonly limit = 5_000) {}

  push(p: TelemetryPoint): boolean {
    if (this.points.length >= this.limit) return false;
    this.points.push(p);
    return true;
  }

  async flush(ctx: FlushContext): Promise<FlushResult> {
    const pending = this.points;
    this.points = [];
    try {
      return await uploadBatch(pending, ctx);
    } catch (err) {
      // put the points back so the next flush can try again
      this.points = pending.concat(this.points).slice(0, this.limit);
      throw err;
    }
  }
}
