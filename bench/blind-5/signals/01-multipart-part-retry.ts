// expect: none
// Part uploads are retried only while the caller's signal is still live: once it is aborted the original error is rethrown untouched, and the throttle back-off sleep takes the same signal, so cancelling stops the upload with an AbortError.
import { open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface UploadTarget {
  bucket: string;
  key: string;
  uploadId: string;
}
export interface CompletedPart {
  ETag: string;
  PartNumber: number;
}

declare const objectStore: {
  uploadPart(
    input: { Bucket: string; Key: string; UploadId: string; PartNumber: number; Body: Uint8Array },
    options?: { abortSignal?: AbortSignal },
  ): Promise<CompletedPart>;
};

declare const log: { warn(msg: string, meta?: Record<string, unknown>): void };

const PART_SIZE = 8 * 1024 * 1024;
const MAX_ATTEMPTS = 4;

function httpStatus(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  return (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

export async function uploadPartWithRetry(
  target: UploadTarget,
  partNumber: number,
  body: Uint8Array,
  signal: AbortSignal,
): Promise<CompletedPart> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      return await objectStore.uploadPart(
        { Bucket: target.bucket, Key: target.key, UploadId: target.uploadId, PartNumber: partNumber, Body: body },
        { abortSignal: signal },
      );
    } catch (err) {
      if (signal.aborted) throw err;
      lastError = err;
      const status = httpStatus(err);
      log.warn('part upload failed', { partNumber, attempt, status });
      if (status !== undefined && status < 500 && status !== 429) break;
      if (status === 503 || status === 429) {
        await sleep(250 * 2 ** attempt, undefined, { signal });
      }
    }
  }
  throw new Error(`part ${partNumber} of ${target.key} failed after retries`, { cause: lastError });
}

export async function uploadFileParts(file: string, target: UploadTarget, signal: AbortSignal): Promise<CompletedPart[]> {
  const handle = await open(file, 'r');
  const parts: CompletedPart[] = [];
  try {
    const { size } = await handle.stat();
    for (let offset = 0, n = 1; offset < size; offset += PART_SIZE, n++) {
      signal.throwIfAborted();
      const chunk = new Uint8Array(Math.min(PART_SIZE, size - offset));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, offset);
      parts.push(await uploadPartWithRetry(target, n, chunk.subarray(0, bytesRead), signal));
    }
  } finally {
    await handle.close();
  }
  return parts;
}
