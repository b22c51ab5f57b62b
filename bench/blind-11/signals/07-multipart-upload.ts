// expect: no-leaked-race
// withDeadline races each part upload against a setTimeout that is never cleared, and when the deadline wins the part upload is not aborted and keeps streaming in the background.
import { open } from 'node:fs/promises';

export interface UploadTarget {
  bucket: string;
  key: string;
}

interface PartETag {
  partNumber: number;
  etag: string;
}

declare const storage: {
  createMultipartUpload(t: UploadTarget): Promise<{ uploadId: string }>;
  uploadPart(
    t: UploadTarget,
    uploadId: string,
    partNumber: number,
    body: Uint8Array,
    opts?: { signal?: AbortSignal },
  ): Promise<{ etag: string }>;
  completeMultipartUpload(t: UploadTarget, uploadId: string, parts: PartETag[]): Promise<void>;
  abortMultipartUpload(t: UploadTarget, uploadId: string): Promise<void>;
};

const PART_SIZE = 8 * 1024 * 1024;

export class PartTimeoutError extends Error {
  constructor(
    readonly partNumber: number,
    ms: number,
  ) {
    super(`part ${partNumber} did not finish within ${ms}ms`);
    this.name = 'PartTimeoutError';
  }
}

function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  const deadline = new Promise<never>((_, reject) => {
    setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, deadline]);
}

async function uploadPartWithRetry(
  target: UploadTarget,
  uploadId: string,
  partNumber: number,
  body: Uint8Array,
  partTimeoutMs: number,
): Promise<PartETag> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { etag } = await withDeadline(
        storage.uploadPart(target, uploadId, partNumber, body),
        partTimeoutMs,
        () => new PartTimeoutError(partNumber, partTimeoutMs),
      );
      return { partNumber, etag };
    } catch (err) {
      if (attempt >= 3 || !(err instanceof PartTimeoutError)) throw err;
    }
  }
}

export async function uploadFile(path: string, target: UploadTarget, partTimeoutMs = 120_000): Promise<number> {
  const fh = await open(path, 'r');
  const { uploadId } = await storage.createMultipartUpload(target);
  const parts: PartETag[] = [];
  try {
    const { size } = await fh.stat();
    let partNumber = 1;
    for (let offset = 0; offset < size; offset += PART_SIZE) {
      const length = Math.min(PART_SIZE, size - offset);
      const buf = new Uint8Array(length);
      await fh.read(buf, 0, length, offset);
      parts.push(await uploadPartWithRetry(target, uploadId, partNumber++, buf, partTimeoutMs));
    }
    await storage.completeMultipartUpload(target, uploadId, parts);
    return size;
  } catch (err) {
    await storage.abortMultipartUpload(target, uploadId).catch(() => undefined);
    throw err;
  } finally {
    await fh.close();
  }
}
