// expect: no-unobserved-promise
// The part-upload promise is stored and the checksum is awaited first; if a part fails during hashing the rejection has no handler yet.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';

interface CompletedPart {
  PartNumber: number;
  ETag: string;
}

declare const s3: {
  createMultipartUpload(p: { Bucket: string; Key: string; ContentType: string }): Promise<{ UploadId: string }>;
  uploadPart(p: { Bucket: string; Key: string; UploadId: string; PartNumber: number; Body: Buffer }): Promise<{ ETag: string }>;
  completeMultipartUpload(p: {
    Bucket: string;
    Key: string;
    UploadId: string;
    MultipartUpload: { Parts: CompletedPart[] };
    ChecksumSHA256?: string;
  }): Promise<{ Location: string }>;
  abortMultipartUpload(p: { Bucket: string; Key: string; UploadId: string }): Promise<void>;
};

const PART_SIZE = 16 * 1024 * 1024;

function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('base64')));
  });
}

export class MultipartUploader {
  constructor(
    private readonly bucket: string,
    private readonly concurrency = 4,
  ) {}

  private async uploadParts(key: string, uploadId: string, file: string): Promise<CompletedPart[]> {
    const { size } = await stat(file);
    const total = Math.ceil(size / PART_SIZE);
    const parts: CompletedPart[] = new Array(total);
    const handle = await open(file, 'r');
    let next = 0;

    const worker = async (): Promise<void> => {
      while (next < total) {
        const index = next++;
        const length = Math.min(PART_SIZE, size - index * PART_SIZE);
        const body = Buffer.alloc(length);
        await handle.read(body, 0, length, index * PART_SIZE);
        const { ETag } = await s3.uploadPart({
          Bucket: this.bucket,
          Key: key,
          UploadId: uploadId,
          PartNumber: index + 1,
          Body: body,
        });
        parts[index] = { PartNumber: index + 1, ETag };
      }
    };

    try {
      await Promise.all(Array.from({ length: Math.min(this.concurrency, total) }, worker));
    } finally {
      await handle.close();
    }
    return parts;
  }

  async upload(file: string, key: string, contentType: string): Promise<string> {
    const { UploadId } = await s3.createMultipartUpload({ Bucket: this.bucket, Key: key, ContentType: contentType });
    try {
      const partsUpload = this.uploadParts(key, UploadId, file);
      const checksum = await sha256File(file);
      const parts = await partsUpload;

      const { Location } = await s3.completeMultipartUpload({
        Bucket: this.bucket,
        Key: key,
        UploadId,
        MultipartUpload: { Parts: parts },
        ChecksumSHA256: checksum,
      });
      return Location;
    } catch (err) {
      await s3.abortMultipartUpload({ Bucket: this.bucket, Key: key, UploadId });
      throw err;
    }
  }
}
