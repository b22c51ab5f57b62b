// expect: no-unobserved-promise
// All part uploads start at once but are awaited one by one: if part 7 fails while the loop is still awaiting part 1, its rejection has no handler yet, so Node raises an unhandled rejection (crashing the uploader) instead of reaching the abort-upload catch.
import { open } from 'node:fs/promises';

interface CompletedPart {
  PartNumber: number;
  ETag: string;
}
declare const s3: {
  createMultipartUpload(p: { Bucket: string; Key: string; ContentType: string }): Promise<{ UploadId: string }>;
  uploadPart(p: { Bucket: string; Key: string; UploadId: string; PartNumber: number; Body: Buffer }): Promise<{ ETag: string }>;
  completeMultipartUpload(p: { Bucket: string; Key: string; UploadId: string; Parts: CompletedPart[] }): Promise<{ Location: string }>;
  abortMultipartUpload(p: { Bucket: string; Key: string; UploadId: string }): Promise<void>;
};

const PART_SIZE = 8 * 1024 * 1024;

export async function uploadLargeFile(path: string, bucket: string, key: string): Promise<string> {
  const file = await open(path, 'r');
  const { size } = await file.stat();
  const { UploadId } = await s3.createMultipartUpload({ Bucket: bucket, Key: key, ContentType: 'application/octet-stream' });

  try {
    const partCount = Math.max(1, Math.ceil(size / PART_SIZE));
    const pending: Promise<CompletedPart>[] = [];
    for (let i = 0; i < partCount; i++) {
      const length = Math.min(PART_SIZE, size - i * PART_SIZE);
      const buf = Buffer.alloc(length);
      await file.read(buf, 0, length, i * PART_SIZE);
      pending.push(
        s3.uploadPart({ Bucket: bucket, Key: key, UploadId, PartNumber: i + 1, Body: buf })
          .then(({ ETag }) => ({ PartNumber: i + 1, ETag })),
      );
    }

    const parts: CompletedPart[] = [];
    for (const part of pending) {
      parts.push(await part);
    }

    const { Location } = await s3.completeMultipartUpload({ Bucket: bucket, Key: key, UploadId, Parts: parts });
    return Location;
  } catch (err) {
    console.error(`[upload] ${key} failed, aborting multipart upload ${UploadId}`);
    await s3.abortMultipartUpload({ Bucket: bucket, Key: key, UploadId }).catch(() => undefined);
    throw err;
  } finally {
    await file.close();
  }
}
