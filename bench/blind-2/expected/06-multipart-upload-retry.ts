// expect: none
// withRetry receives a factory and calls it on every attempt, so each retry sends a fresh uploadPart request instead of re-awaiting the already-settled one.
import { open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

interface CompletedPart {
  PartNumber: number;
  ETag: string;
}

declare const storage: {
  createMultipartUpload(input: { Bucket: string; Key: string; ContentType: string }): Promise<{ UploadId: string }>;
  uploadPart(input: { Bucket: string; Key: string; UploadId: string; PartNumber: number; Body: Uint8Array }): Promise<{ ETag: string }>;
  completeMultipartUpload(input: { Bucket: string; Key: string; UploadId: string; Parts: CompletedPart[] }): Promise<{ Location: string }>;
  abortMultipartUpload(input: { Bucket: string; Key: string; UploadId: string }): Promise<void>;
};

const PART_SIZE = 8 * 1024 * 1024;

async function withRetry<T>(attemptFn: () => Promise<T>, what: string, maxAttempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptFn();
    } catch (err) {
      if (attempt >= maxAttempts) throw err;
      const wait = 200 * 2 ** attempt;
      console.warn(`${what} failed (attempt ${attempt}/${maxAttempts}), retrying in ${wait}ms`, err);
      await sleep(wait);
    }
  }
}

export async function uploadLargeFile(path: string, bucket: string, key: string, contentType: string): Promise<string> {
  const { UploadId } = await storage.createMultipartUpload({ Bucket: bucket, Key: key, ContentType: contentType });
  const file = await open(path, 'r');
  const parts: CompletedPart[] = [];
  try {
    const { size } = await file.stat();
    for (let offset = 0, partNumber = 1; offset < size; offset += PART_SIZE, partNumber++) {
      const chunk = new Uint8Array(Math.min(PART_SIZE, size - offset));
      await file.read(chunk, 0, chunk.length, offset);
      const { ETag } = await withRetry(
        () => storage.uploadPart({ Bucket: bucket, Key: key, UploadId, PartNumber: partNumber, Body: chunk }),
        `part ${partNumber} of ${key}`,
      );
      parts.push({ PartNumber: partNumber, ETag });
    }
    const { Location } = await withRetry(
      () => storage.completeMultipartUpload({ Bucket: bucket, Key: key, UploadId, Parts: parts }),
      `completing ${key}`,
    );
    return Location;
  } catch (err) {
    await storage.abortMultipartUpload({ Bucket: bucket, Key: key, UploadId }).catch((abortErr: unknown) => {
      console.error(`could not abort upload ${UploadId}`, abortErr);
    });
    throw err;
  } finally {
    await file.close();
  }
}
