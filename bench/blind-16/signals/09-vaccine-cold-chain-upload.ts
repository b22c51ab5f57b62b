// expect: require-signal-propagation
// The retry loop holds ctx.signal but backs off with a plain setTimeout promise, so an abort is not noticed until the (up to 30s) sleep finishes.
import { createHash } from 'node:crypto';

export interface TemperatureExcursion {
  loggerId: string;
  shipmentId: string;
  startedAt: string;
  endedAt: string;
  minC: number;
  maxC: number;
  minutesOutOfRange: number;
}

export interface UploadContext {
  signal: AbortSignal;
  endpoint: string;
  apiKey: string;
  log: (msg: string) => void;
}

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);
const MAX_ATTEMPTS = 6;

function batchDigest(batch: TemperatureExcursion[]): string {
  const h = createHash('sha256');
  for (const e of batch) h.update(`${e.loggerId}|${e.startedAt}|${e.endedAt}|${e.minC}|${e.maxC}\n`);
  return h.digest('hex');
}

function backoffMs(attempt: number): number {
  const base = Math.min(30_000, 500 * 2 ** attempt);
  return Math.round(base / 2 + Math.random() * (base / 2));
}

export async function uploadExcursions(batch: TemperatureExcursion[], ctx: UploadContext): Promise<{ accepted: number; digest: string }> {
  if (batch.length === 0) return { accepted: 0, digest: '' };
  const digest = batchDigest(batch);

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    ctx.signal.throwIfAborted();
    const res = await fetch(`${ctx.endpoint}/v1/excursions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-api-key': ctx.apiKey,
        // the ingest service dedupes on this key, so retries are safe
        'idempotency-key': digest,
      },
      body: JSON.stringify({ excursions: batch }),
      signal: ctx.signal,
    });

    if (res.ok) {
      const body = (await res.json()) as { accepted: number };
      return { accepted: body.accepted, digest };
    }
    if (!RETRYABLE.has(res.status)) {
      throw new Error(`excursion upload rejected: HTTP ${res.status} ${await res.text()}`);
    }

    const wait = backoffMs(attempt);
    ctx.log(`excursion upload got ${res.status}, retrying in ${wait}ms (attempt ${attempt + 1}/${MAX_ATTEMPTS})`);
    await new Promise<void>((resolve) => setTimeout(resolve, wait));
  }
  throw new Error(`excursion upload for ${batch[0]!.shipmentId} failed after ${MAX_ATTEMPTS} attempts`);
}

export function criticalExcursions(all: TemperatureExcursion[]): TemperatureExcursion[] {
  // mRNA products tolerate brief spikes, anything over 30 minutes needs QA review
  return all.filter((e) => e.minutesOutOfRange > 30 || e.maxC > 8 || e.minC < 2);
}
