// expect: no-reused-settled-promise
// uploadBatch creates the fetch promise once before the retry loop and re-awaits that same settled promise on every attempt.
import { setTimeout as sleep } from 'node:timers/promises';
import { createHash } from 'node:crypto';

export interface GantryPassage {
  readonly gantryId: string;
  readonly plate: string;
  readonly lane: number;
  readonly vehicleClass: 'car' | 'van' | 'hgv' | 'motorcycle';
  readonly capturedAt: string;
}

export interface UploadResult {
  readonly accepted: number;
  readonly rejected: number;
  readonly batchId: string;
}

const CLEARING_HOUSE_URL = 'https://clearing.tolls.example/v2/passages';
const MAX_ATTEMPTS = 4;

function batchDigest(passages: readonly GantryPassage[]): string {
  const hash = createHash('sha256');
  for (const p of passages) {
    hash.update(`${p.gantryId}|${p.plate}|${p.lane}|${p.capturedAt}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

function backoffMs(attempt: number): number {
  const base = 250 * 2 ** attempt;
  return base + Math.floor(Math.random() * base * 0.2);
}

async function postBatch(batchId: string, passages: readonly GantryPassage[], signal?: AbortSignal): Promise<UploadResult> {
  const res = await fetch(CLEARING_HOUSE_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': batchId },
    body: JSON.stringify({ batchId, passages }),
    signal,
  });
  if (res.status >= 500 || res.status === 429) {
    throw new Error(`clearing house unavailable (${res.status})`);
  }
  if (!res.ok) {
    throw Object.assign(new Error(`batch ${batchId} refused: ${res.status}`), { permanent: true });
  }
  return (await res.json()) as UploadResult;
}

export async function uploadBatch(passages: readonly GantryPassage[], signal?: AbortSignal): Promise<UploadResult> {
  const batchId = batchDigest(passages);
  const request = postBatch(batchId, passages, signal);
  let lastError: unknown;

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      return await request;
    } catch (err) {
      lastError = err;
      if ((err as { permanent?: boolean }).permanent || signal?.aborted) break;
      await sleep(backoffMs(attempt), undefined, { signal });
    }
  }
  throw new Error(`upload of batch ${batchId} failed after retries`, { cause: lastError });
}

export async function drainGantryBuffer(buffer: GantryPassage[], batchSize = 200): Promise<{ uploaded: number; failedBatches: string[] }> {
  let uploaded = 0;
  const failedBatches: string[] = [];
  while (buffer.length > 0) {
    const batch = buffer.splice(0, batchSize);
    try {
      const result = await uploadBatch(batch);
      uploaded += result.accepted;
    } catch (err) {
      failedBatches.push(batchDigest(batch));
      console.error('[gantry] batch upload failed', err);
    }
  }
  return { uploaded, failedBatches };
}
