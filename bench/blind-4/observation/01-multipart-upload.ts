// expect: no-unobserved-promise
// All part uploads start at once but are awaited one by one; if a later part rejects while an earlier one is still being awaited, that rejection has no handler yet and Node reports an unhandled rejection (crashing the process), and after the first failure the remaining parts are never awaited at all.
import { open } from 'node:fs/promises';

declare const s3: {
  createMultipartUpload(input: { Bucket: string; Key: string; ContentType: string }): Promise<{ UploadId: string }>;
  uploadPart(input: { Bucket: string; Key: string; UploadId: string; PartNumber: number; Body: Uint8Array }): Promise<{ ETag: string }>;
  completeMultipartUpload(input: {
    Bucket: string;
    Key: string;
    UploadId: string;
    MultipartUpload: { Parts: Array<{ ETag: string; PartNumber: number }> };
  }): Promise<{ Location: string }>;
  abortMultipartUpload(input: { Bucket: string; Key: string; UploadId: string }): Promise<void>;
};

const PART_SIZE = 8 * 1024 * 1024;

export async function uploadBackup(path: string, bucket: string, key: string): Promise<string> {
  const file = await open(path, 'r');
  const { size } = await file.stat();
  const { UploadId } = await s3.createMultipartUpload({ Bucket: bucket, Key: key, ContentType: 'application/zstd' });

  try {
    const parts: Array<Promise<{ ETag: string }>> = [];
    for (let offset = 0, partNumber = 1; offset < size; offset += PART_SIZE, partNumber++) {
      const body = new Uint8Array(Math.min(PART_SIZE, size - offset));
      await file.read(body, 0, body.length, offset);
      parts.push(s3.uploadPart({ Bucket: bucket, Key: key, UploadId, PartNumber: partNumber, Body: body }));
    }

    const completed: Array<{ ETag: string; PartNumber: number }> = [];
    for (const [i, part] of parts.entries()) {
      const { ETag } = await part;
      completed.push({ ETag, PartNumber: i + 1 });
    }

    const { Location } = await s3.completeMultipartUpload({
      Bucket: bucket,
      Key: key,
      UploadId,
      MultipartUpload: { Parts: completed },
    });
    return Location;
  } catch (err) {
    await s3.abortMultipartUpload({ Bucket: bucket, Key: key, UploadId }).catch(() => undefined);
    throw err;
  } finally {
    await file.close();
  }
}
