// expect: none
// Each window of part uploads is built synchronously and handed straight to Promise.all, so every part's rejection is observed; on failure the sibling parts are cancelled and the multipart upload is aborted before the original error is rethrown.
import { open } from 'node:fs/promises';

interface PartRef {
  partNumber: number;
  etag: string;
}

declare const s3: {
  createMultipartUpload(p: { bucket: string; key: string; contentType?: string }): Promise<{ uploadId: string }>;
  uploadPart(p: {
    bucket: string;
    key: string;
    uploadId: string;
    partNumber: number;
    body: Uint8Array;
    signal?: AbortSignal;
  }): Promise<{ etag: string }>;
  completeMultipartUpload(p: { bucket: string; key: string; uploadId: string; parts: PartRef[] }): Promise<{ location: string }>;
  abortMultipartUpload(p: { bucket: string; key: string; uploadId: string }): Promise<void>;
};
declare const log: { warn(msg: string, meta?: object): void };

export interface UploadOptions {
  contentType?: string;
  partSize?: number;
  concurrency?: number;
  signal?: AbortSignal;
}

export async function uploadLargeFile(filePath: string, bucket: string, key: string, opts: UploadOptions = {}) {
  const partSize = opts.partSize ?? 8 * 1024 * 1024;
  const concurrency = opts.concurrency ?? 4;
  const handle = await open(filePath, 'r');
  const cancelParts = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, cancelParts.signal]) : cancelParts.signal;
  let uploadId: string | undefined;

  const uploadOne = async (partNumber: number, size: number): Promise<PartRef> => {
    const offset = (partNumber - 1) * partSize;
    const body = new Uint8Array(Math.min(partSize, size - offset));
    await handle.read(body, 0, body.length, offset);
    signal.throwIfAborted();
    const { etag } = await s3.uploadPart({ bucket, key, uploadId: uploadId!, partNumber, body, signal });
    return { partNumber, etag };
  };

  try {
    const { size } = await handle.stat();
    ({ uploadId } = await s3.createMultipartUpload({ bucket, key, contentType: opts.contentType }));
    const totalParts = Math.max(1, Math.ceil(size / partSize));
    const parts: PartRef[] = [];

    for (let first = 1; first <= totalParts; first += concurrency) {
      signal.throwIfAborted();
      const window: Promise<PartRef>[] = [];
      for (let n = first; n < first + concurrency && n <= totalParts; n++) {
        window.push(uploadOne(n, size));
      }
      parts.push(...(await Promise.all(window)));
    }

    return await s3.completeMultipartUpload({ bucket, key, uploadId, parts });
  } catch (err) {
    cancelParts.abort(err);
    if (uploadId) {
      await s3.abortMultipartUpload({ bucket, key, uploadId }).catch((abortErr: unknown) => {
        log.warn('failed to abort multipart upload', { bucket, key, uploadId, abortErr });
      });
    }
    throw err;
  } finally {
    await handle.close();
  }
}
