// expect: no-multiple-settle
// writeStrips resolves only on the stream's 'finish' event; an open/write failure (e.g. the 'wx' flag hitting an existing file) emits 'error' and the promise never settles.
import { createWriteStream } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';

export interface PageCapture {
  pageNo: number;
  dpi: number;
  strips: Buffer[];
}

export interface StoredPage {
  pageNo: number;
  path: string;
  bytes: number;
  sha256: string;
}

declare const scanner: {
  capture(volumeId: string, pageNo: number, dpi: number): Promise<PageCapture>;
};

declare const catalogue: {
  recordPage(volumeId: string, page: StoredPage): Promise<void>;
  markVolumeComplete(volumeId: string, pages: number): Promise<void>;
};

const ARCHIVE_ROOT = process.env.ARCHIVE_ROOT ?? '/srv/archive/masters';

function pagePath(volumeId: string, pageNo: number): string {
  const shard = volumeId.slice(0, 2).toLowerCase();
  return join(ARCHIVE_ROOT, shard, volumeId, `${String(pageNo).padStart(4, '0')}.tiff`);
}

function writeStrips(path: string, strips: Buffer[]): Promise<{ bytes: number; sha256: string }> {
  return new Promise((resolve) => {
    const out = createWriteStream(path, { flags: 'wx' });
    const hash = createHash('sha256');
    let bytes = 0;

    for (const strip of strips) {
      hash.update(strip);
      bytes += strip.length;
      out.write(strip);
    }
    out.end();

    out.on('finish', () => {
      resolve({ bytes, sha256: hash.digest('hex') });
    });
  });
}

export async function digitiseVolume(volumeId: string, pageCount: number, dpi = 600): Promise<StoredPage[]> {
  const stored: StoredPage[] = [];

  for (let pageNo = 1; pageNo <= pageCount; pageNo++) {
    const finalPath = pagePath(volumeId, pageNo);
    const tmpPath = `${finalPath}.partial`;
    await mkdir(dirname(finalPath), { recursive: true });

    const capture = await scanner.capture(volumeId, pageNo, dpi);
    if (capture.strips.length === 0) {
      throw new Error(`Scanner returned no image data for ${volumeId} p${pageNo}`);
    }

    const { bytes, sha256 } = await writeStrips(tmpPath, capture.strips);
    await rename(tmpPath, finalPath);
    const onDisk = await stat(finalPath);
    if (onDisk.size !== bytes) {
      throw new Error(`Size mismatch for ${finalPath}: wrote ${bytes}, found ${onDisk.size}`);
    }

    const page: StoredPage = { pageNo, path: finalPath, bytes, sha256 };
    await catalogue.recordPage(volumeId, page);
    stored.push(page);
  }

  await catalogue.markVolumeComplete(volumeId, stored.length);
  return stored;
}
