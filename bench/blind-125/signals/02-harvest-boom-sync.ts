// expect: none
// syncBoomPositions forwards its signal to every fetch and to the abortable timers/promises backoff, so cancelling stops both the requests and the waits.
import { setTimeout as delay } from 'node:timers/promises';

export interface BoomPosition {
  bed: string;
  boomId: string;
  lat: number;
  lon: number;
  berriesCorralledKg: number;
}

export interface SyncOptions {
  endpoint: string;
  attempts?: number;
  baseDelayMs?: number;
  signal?: AbortSignal;
}

async function postBatch(endpoint: string, batch: BoomPosition[], signal?: AbortSignal): Promise<void> {
  const res = await fetch(endpoint, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ positions: batch }),
    signal,
  });
  if (res.status >= 500) {
    throw new Error(`receiving station busy (${res.status})`);
  }
  if (!res.ok) {
    throw new Error(`receiving station rejected batch: ${res.status} ${await res.text()}`);
  }
}

export async function syncBoomPositions(positions: BoomPosition[], options: SyncOptions): Promise<number> {
  const { endpoint, attempts = 4, baseDelayMs = 500, signal } = options;
  const batches: BoomPosition[][] = [];
  for (let i = 0; i < positions.length; i += 50) {
    batches.push(positions.slice(i, i + 50));
  }

  let sent = 0;
  for (const batch of batches) {
    for (let attempt = 1; ; attempt++) {
      try {
        await postBatch(endpoint, batch, signal);
        sent += batch.length;
        break;
      } catch (err) {
        if (signal?.aborted || attempt >= attempts) throw err;
        const jitter = Math.random() * baseDelayMs;
        await delay(baseDelayMs * 2 ** (attempt - 1) + jitter, undefined, { signal });
      }
    }
  }
  return sent;
}

export function totalCorralled(positions: BoomPosition[]): Map<string, number> {
  const byBed = new Map<string, number>();
  for (const p of positions) {
    byBed.set(p.bed, (byBed.get(p.bed) ?? 0) + p.berriesCorralledKg);
  }
  return byBed;
}
