// expect: require-signal-propagation
// The retry backoff sleeps on an uncancellable timer even though the caller's signal is in hand, so aborting an upload still waits out the whole backoff before stopping.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Waypoint {
  tMs: number;
  lat: number;
  lon: number;
  altM: number;
  colour: string; // #rrggbb
}

export interface UploadOptions {
  signal?: AbortSignal;
  maxRetries?: number;
}

export interface UploadResult {
  droneId: string;
  checksum: string;
  attempts: number;
}

function backoffMs(attempt: number): number {
  return Math.min(8_000, 300 * 2 ** attempt) + Math.floor(Math.random() * 150);
}

async function putTrack(
  baseUrl: string,
  droneId: string,
  track: Waypoint[],
  maxRetries: number,
  signal?: AbortSignal,
): Promise<UploadResult> {
  const body = JSON.stringify({ droneId, waypoints: track });
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(`${baseUrl}/drones/${droneId}/track`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
        signal,
      });
    } catch (err) {
      if (signal?.aborted || attempt >= maxRetries) throw err;
      await sleep(backoffMs(attempt));
      continue;
    }
    if (res.status === 503 && attempt < maxRetries) {
      await res.body?.cancel();
      await sleep(backoffMs(attempt));
      continue;
    }
    if (!res.ok) throw new Error(`drone ${droneId} rejected its track: HTTP ${res.status}`);
    const { checksum } = (await res.json()) as { checksum: string };
    return { droneId, checksum, attempts: attempt + 1 };
  }
}

export async function uploadShow(
  baseUrl: string,
  tracks: Map<string, Waypoint[]>,
  options: UploadOptions = {},
): Promise<UploadResult[]> {
  const { signal, maxRetries = 5 } = options;
  const results: UploadResult[] = [];
  for (const [droneId, track] of tracks) {
    results.push(await putTrack(baseUrl, droneId, track, maxRetries, signal));
  }
  return results;
}
