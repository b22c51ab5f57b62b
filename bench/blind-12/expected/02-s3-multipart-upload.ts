// expect: no-reused-settled-promise
// retryPart receives an already-started uploadPart promise, so every "retry" re-awaits the same rejected promise instead of re-uploading.
import { open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

declare const s3: {
  createMultipartUpload(bucket: string, key: string): Promise<{ uploadId: string }>;
  uploadPart(req: { bucket: string; key: string; uploadId: string; partNumber: number; body: Uint8Array }): Promise<{ etag: string }>;
  completeMultipartUpload(bucket: string, key: string, uploadId: string, parts: { partNumber: number; etag: string }[]): Promise<void>;
  abortMultipartUpload(bucket: string, key: string, uploadId: string): Promise<void>;
};

const PART_SIZE = 8 * 1024 * 1024;
const MAX_ATTEMPTS = 4;

async function retryPart<T>(pending: Promise<T>, partNumber: number): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      return await pending;
    } catch (err) {
      lastError = err;
      console.warn(`part ${partNumber} attempt ${attempt} failed`, err);
      await sleep(200 * attempt);
    }
  }
  throw new Error(`part ${partNumber} failed after ${MAX_ATTEMPTS} attempts`, { cause: lastError });
}

export async function uploadFile(path: string, bucket: string, key: string, concurrency = 4): Promise<number> {
  const file = await open(path, 'r');
  const { size } = await file.stat();
  const { uploadId } = await s3.createMultipartUpload(bucket, key);
  const totalParts = Math.max(1, Math.ceil(size / PART_SIZE));
  const parts: { partNumber: number; etag: string }[] = [];
  let nextPart = 1;

  const worker = async () => {
    while (nextPart <= totalParts) {
      const partNumber = nextPart++;
      const offset = (partNumber - 1) * PART_SIZE;
      const length = Math.min(PART_SIZE, size - offset);
      const body = new Uint8Array(length);
      await file.read(body, 0, length, offset);

      const { etag } = await retryPart(s3.uploadPart({ bucket, key, uploadId, partNumber, body }), partNumber);
      parts.push({ partNumber, etag });
    }
  };

  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
    parts.sort((a, b) => a.partNumber - b.partNumber);
    await s3.completeMultipartUpload(bucket, key, uploadId, parts);
    return parts.length;
  } catch (err) {
    await s3.abortMultipartUpload(bucket, key, uploadId).catch(() => undefined);
    throw err;
  } finally {
    await file.close();
  }
}
