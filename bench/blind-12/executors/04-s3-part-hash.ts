// expect: none
// The read-stream promise only settles from 'end' and 'error'; the repeating 'data' handler just feeds the hash and never settles.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';

interface UploadedPart {
  PartNumber: number;
  ETag: string;
}

declare const s3: {
  createMultipartUpload(p: { Bucket: string; Key: string }): Promise<{ UploadId: string }>;
  uploadPart(p: {
    Bucket: string;
    Key: string;
    UploadId: string;
    PartNumber: number;
    Body: NodeJS.ReadableStream;
    ContentLength: number;
    ContentMD5: string;
  }): Promise<{ ETag: string }>;
  completeMultipartUpload(p: { Bucket: string; Key: string; UploadId: string; Parts: UploadedPart[] }): Promise<void>;
  abortMultipartUpload(p: { Bucket: string; Key: string; UploadId: string }): Promise<void>;
};

const PART_SIZE = 16 * 1024 * 1024;

function md5OfRange(file: string, start: number, end: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('md5');
    const stream = createReadStream(file, { start, end, highWaterMark: 1024 * 1024 });
    stream.on('data', (chunk) => hash.update(chunk));
    stream.on('error', reject);
    stream.on('end', () => resolve(hash.digest('base64')));
  });
}

export async function uploadLargeObject(bucket: string, key: string, file: string): Promise<number> {
  const { size } = await stat(file);
  const { UploadId } = await s3.createMultipartUpload({ Bucket: bucket, Key: key });
  const parts: UploadedPart[] = [];

  try {
    for (let offset = 0, partNumber = 1; offset < size; offset += PART_SIZE, partNumber++) {
      const end = Math.min(offset + PART_SIZE, size) - 1;
      const contentMd5 = await md5OfRange(file, offset, end);
      const { ETag } = await s3.uploadPart({
        Bucket: bucket,
        Key: key,
        UploadId,
        PartNumber: partNumber,
        Body: createReadStream(file, { start: offset, end }),
        ContentLength: end - offset + 1,
        ContentMD5: contentMd5,
      });
      parts.push({ PartNumber: partNumber, ETag });
    }
    await s3.completeMultipartUpload({ Bucket: bucket, Key: key, UploadId, Parts: parts });
    return parts.length;
  } catch (err) {
    await s3.abortMultipartUpload({ Bucket: bucket, Key: key, UploadId }).catch(() => undefined);
    throw err;
  }
}
