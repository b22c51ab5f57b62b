// expect: none
// Ordinary upload failures are retried, but once the signal has aborted the original error is rethrown immediately and the backoff sleep itself is cancellable.
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface GrowthPhoto {
  treeTag: string;
  path: string;
  takenAt: string;
  angle: 'front' | 'back' | 'left' | 'right' | 'top';
}

export interface UploadReceipt {
  id: string;
  treeTag: string;
  bytes: number;
}

export interface UploadOptions {
  signal: AbortSignal;
  endpoint: string;
  attempts?: number;
}

export async function uploadGrowthPhoto(photo: GrowthPhoto, opts: UploadOptions): Promise<UploadReceipt> {
  const { signal, attempts = 4 } = opts;
  const bytes = await readFile(photo.path, { signal });
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(`${opts.endpoint}/trees/${photo.treeTag}/photos`, {
        method: 'POST',
        signal,
        headers: {
          'content-type': 'image/jpeg',
          'x-taken-at': photo.takenAt,
          'x-angle': photo.angle,
        },
        body: bytes,
      });
      if (res.status >= 400 && res.status < 500) {
        throw new Error(`nursery archive refused photo: ${res.status}`);
      }
      if (!res.ok) throw new Error(`nursery archive unavailable: ${res.status}`);
      const { id } = (await res.json()) as { id: string };
      return { id, treeTag: photo.treeTag, bytes: bytes.byteLength };
    } catch (err) {
      if (signal.aborted) throw err;
      lastError = err;
      if (attempt < attempts) await sleep(1000 * attempt, undefined, { signal });
    }
  }

  throw new Error(`giving up on ${photo.path} after ${attempts} attempts`, { cause: lastError });
}

export async function uploadSession(photos: GrowthPhoto[], opts: UploadOptions): Promise<UploadReceipt[]> {
  const receipts: UploadReceipt[] = [];
  for (const photo of photos) {
    receipts.push(await uploadGrowthPhoto(photo, opts));
  }
  return receipts;
}
