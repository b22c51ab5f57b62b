// expect: no-reused-settled-promise
// The uploadPart promise is created once before the retry loop, so every "retry" re-awaits the same rejected promise without sending a new request: a single transient 503 fails the part (and the whole backup) after three identical attempts.
import { open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

interface UploadTarget {
  Bucket: string;
  Key: string;
  UploadId: string;
}

declare const s3: {
  createMultipartUpload(input: { Bucket: string; Key: string }): Promise<{ UploadId: string }>;
  uploadPart(
    input: UploadTarget & { PartNumber: number; Body: Uint8Array },
    opts?: { abortSignal?: AbortSignal },
  ): Promise<{ ETag: string }>;
  completeMultipartUpload(
    input: UploadTarget & { MultipartUpload: { Parts: Array<{ ETag: string; PartNumber: number }> } },
  ): Promise<{ Location: string }>;
  abortMultipartUpload(input: UploadTarget): Promise<void>;
};
declare const log: { warn(msg: string, meta?: object): void };

const PART_SIZE = 16 * 1024 * 1024;
const MAX_ATTEMPTS = 3;

async function uploadPartWithRetry(target: UploadTarget, partNumber: number, body: Uint8Array, signal?: AbortSignal): Promise<string> {
  const request = s3.uploadPart({ ...target, PartNumber: partNumber, Body: body }, { abortSignal: signal });
  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      const { ETag } = await request;
      return ETag;
    } catch (err) {
      if (signal?.aborted) throw err;
      lastError = err;
      log.warn('part upload failed, backing off', { partNumber, attempt, err: String(err) });
      await sleep(500 * 2 ** attempt, undefined, { signal });
    }
  }
  throw new Error(`part ${partNumber} failed after ${MAX_ATTEMPTS} attempts`, { cause: lastError });
}

export async function uploadBackup(path: string, bucket: string, key: string, signal?: AbortSignal): Promise<string> {
  const { UploadId } = await s3.createMultipartUpload({ Bucket: bucket, Key: key });
  const target: UploadTarget = { Bucket: bucket, Key: key, UploadId };
  const fh = await open(path, 'r');
  const parts: Array<{ ETag: string; PartNumber: number }> = [];
  try {
    for (let partNumber = 1; ; partNumber++) {
      const buf = new Uint8Array(PART_SIZE);
      const { bytesRead } = await fh.read(buf, 0, PART_SIZE, (partNumber - 1) * PART_SIZE);
      if (bytesRead === 0) break;
      const etag = await uploadPartWithRetry(target, partNumber, buf.subarray(0, bytesRead), signal);
      parts.push({ ETag: etag, PartNumber: partNumber });
    }
    const { Location } = await s3.completeMultipartUpload({ ...target, MultipartUpload: { Parts: parts } });
    return Location;
  } catch (err) {
    await s3
      .abortMultipartUpload(target)
      .catch((abortErr: unknown) => log.warn('could not abort multipart upload', { key, err: String(abortErr) }));
    throw err;
  } finally {
    await fh.close();
  }
}
