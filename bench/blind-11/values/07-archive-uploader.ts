// expect: no-read-before-settle
// `checksum` is assigned in the stream's 'end' listener but read into the upload metadata synchronously right after registering it, so it is always ''.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

declare const objectStorage: {
  putObject(
    bucket: string,
    key: string,
    body: Readable,
    opts: { contentLength: number; contentType: string; metadata: Record<string, string> },
  ): Promise<{ etag: string; versionId?: string }>;
};

export interface ArchivedObject {
  key: string;
  etag: string;
  bytes: number;
  sha256: string;
  versionId?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.gz': 'application/gzip',
  '.zst': 'application/zstd',
  '.parquet': 'application/vnd.apache.parquet',
  '.csv': 'text/csv',
};

export class ArchiveUploader {
  constructor(
    private readonly bucket: string,
    private readonly prefix: string,
  ) {}

  private keyFor(file: string, partitionDate: Date): string {
    const day = partitionDate.toISOString().slice(0, 10);
    return `${this.prefix}/dt=${day}/${path.basename(file)}`;
  }

  async upload(file: string, partitionDate: Date): Promise<ArchivedObject> {
    const { size } = await stat(file);
    const key = this.keyFor(file, partitionDate);
    const source = createReadStream(file, { highWaterMark: 1 << 20 });

    const hash = createHash('sha256');
    let bytes = 0;
    let checksum = '';
    source.on('data', (chunk: Buffer | string) => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      hash.update(buf);
      bytes += buf.length;
    });
    source.on('end', () => {
      checksum = hash.digest('hex');
    });

    const result = await objectStorage.putObject(this.bucket, key, source, {
      contentLength: size,
      contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      metadata: {
        'x-source-host': process.env.HOSTNAME ?? 'unknown',
        'x-sha256': checksum,
      },
    });

    if (bytes !== size) {
      throw new Error(`short read on ${file}: expected ${size} bytes, streamed ${bytes}`);
    }

    return { key, etag: result.etag, bytes, sha256: checksum, versionId: result.versionId };
  }

  async uploadAll(files: string[], partitionDate: Date, concurrency = 4): Promise<ArchivedObject[]> {
    const results: ArchivedObject[] = [];
    const queue = [...files];
    const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        results.push(await this.upload(next, partitionDate));
      }
    });
    await Promise.all(workers);
    return results;
  }
}
