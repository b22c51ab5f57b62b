// expect: none
// The byte counter and checksum are written in 'data' listeners but only read after `await once(stream, 'end')` (or pipeline resolving), when every chunk has been seen.
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

export interface IngestResult {
  bytes: number;
  sha256: string;
  destination: string;
}

async function measure(source: Readable): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;

  source.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    hash.update(chunk);
  });

  const ended = once(source, 'end');
  await ended;
  return { bytes, sha256: hash.digest('hex') };
}

export async function ingestFile(src: string, destination: string, maxBytes: number): Promise<IngestResult> {
  const info = await stat(src);
  if (info.size > maxBytes) {
    throw new RangeError(`refusing to ingest ${src}: ${info.size} bytes exceeds limit of ${maxBytes}`);
  }

  const checksumStream = createReadStream(src);
  const measured = await measure(checksumStream);

  let copied = 0;
  const reader = createReadStream(src);
  reader.on('data', (chunk: string | Buffer) => {
    copied += chunk.length;
  });
  await pipeline(reader, createWriteStream(destination, { flags: 'wx' }));

  if (copied !== measured.bytes) {
    throw new Error(`short copy of ${src}: expected ${measured.bytes} bytes, wrote ${copied}`);
  }

  return { bytes: measured.bytes, sha256: measured.sha256, destination };
}
