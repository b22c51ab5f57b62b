// expect: no-read-before-settle
// `bytesRead` is incremented by the 'data' listener but frameCount is computed synchronously after registering it, so it is always 0.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

const LINE_WIDTH_PX = 2048;
const BYTES_PER_PX = 2; // 16-bit mono line-scan sensor
const LINE_BYTES = LINE_WIDTH_PX * BYTES_PER_PX;
const LINES_PER_SECOND = 10_000;

export interface FinishStrip {
  raceId: string;
  file: string;
  recordedAt: Date;
  frameCount: number;
  durationMs: number;
  checksum: number;
}

export interface StripIndexEntry {
  raceId: string;
  strip: FinishStrip;
  ready: Promise<void>;
}

function adler32(chunk: Buffer, prev: number): number {
  let a = prev & 0xffff;
  let b = (prev >>> 16) & 0xffff;
  for (const byte of chunk) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

export async function indexFinishStrip(archiveDir: string, raceId: string): Promise<StripIndexEntry> {
  const file = path.join(archiveDir, `${raceId}.lsc`);
  const { mtime } = await stat(file);

  let bytesRead = 0;
  let checksum = 1;
  const stream = createReadStream(file, { highWaterMark: LINE_BYTES * 256 });

  stream.on('data', (chunk) => {
    const buf = chunk as Buffer;
    bytesRead += buf.length;
    checksum = adler32(buf, checksum);
  });

  const ready = new Promise<void>((resolve, reject) => {
    stream.once('end', () => {
      strip.checksum = checksum;
      resolve();
    });
    stream.once('error', reject);
  });

  const frameCount = Math.floor(bytesRead / LINE_BYTES);
  const strip: FinishStrip = {
    raceId,
    file,
    recordedAt: mtime,
    frameCount,
    durationMs: (frameCount / LINES_PER_SECOND) * 1000,
    checksum: 0,
  };

  return { raceId, strip, ready };
}
