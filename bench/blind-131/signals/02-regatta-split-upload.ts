// expect: none
// uploadSplits hands options.signal to every fetch and to the cancellable timers/promises backoff, so aborting stops both an in-flight upload and a pending wait.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SplitTime {
  crew: string;
  lane: number;
  markerMetres: 250 | 500 | 750 | 1000;
  elapsedMs: number;
}

export interface UploadOptions {
  signal?: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
}

export interface UploadResult {
  accepted: number;
  attempts: number;
}

export async function uploadSplits(
  endpoint: string,
  raceId: string,
  splits: SplitTime[],
  options: UploadOptions = {},
): Promise<UploadResult> {
  const attempts = options.attempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 400;
  const body = JSON.stringify({ raceId, splits });

  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${endpoint}/races/${encodeURIComponent(raceId)}/splits`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body,
      signal: options.signal,
    });

    if (res.ok) {
      const { accepted } = (await res.json()) as { accepted: number };
      return { accepted, attempts: attempt };
    }

    if (res.status < 500 || attempt >= attempts) {
      throw new Error(`split upload for ${raceId} failed with ${res.status} after ${attempt} attempt(s)`);
    }

    await sleep(baseDelayMs * 2 ** (attempt - 1), undefined, { signal: options.signal });
  }
}

export function groupByMarker(splits: SplitTime[]): Map<number, SplitTime[]> {
  const byMarker = new Map<number, SplitTime[]>();
  for (const split of splits) {
    const list = byMarker.get(split.markerMetres) ?? [];
    list.push(split);
    byMarker.set(split.markerMetres, list);
  }
  for (const list of byMarker.values()) list.sort((a, b) => a.elapsedMs - b.elapsedMs);
  return byMarker;
}

export async function publishMarker(
  endpoint: string,
  raceId: string,
  all: SplitTime[],
  marker: SplitTime['markerMetres'],
  signal?: AbortSignal,
): Promise<UploadResult> {
  const atMarker = groupByMarker(all).get(marker) ?? [];
  return uploadSplits(endpoint, raceId, atMarker, { signal });
}
