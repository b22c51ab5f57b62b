// expect: no-multiple-settle
// The write-stream executor resolves on 'finish' but never listens for 'error', so a failed disk write leaves the promise pending forever.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

export interface ScannedFrame {
  index: number;
  width: number;
  height: number;
  bitDepth: 10 | 12 | 16;
  pixels: Buffer;
}

export interface ReelManifest {
  reelId: string;
  path: string;
  frames: number;
  bytes: number;
  sha256: string;
}

declare const scannerQueue: {
  nextReel(): Promise<{ reelId: string; gauge: '8mm' | '16mm' | '35mm'; frames: ScannedFrame[] } | null>;
  markDone(reelId: string, manifest: ReelManifest): Promise<void>;
};

const HEADER_SIZE = 32;

function frameHeader(frame: ScannedFrame): Buffer {
  const header = Buffer.alloc(HEADER_SIZE);
  header.write('FRM1', 0, 'ascii');
  header.writeUInt32LE(frame.index, 4);
  header.writeUInt32LE(frame.width, 8);
  header.writeUInt32LE(frame.height, 12);
  header.writeUInt8(frame.bitDepth, 16);
  header.writeUInt32LE(frame.pixels.length, 20);
  return header;
}

function expectedBytes(frame: ScannedFrame): number {
  const bytesPerSample = frame.bitDepth === 16 ? 2 : frame.bitDepth === 12 ? 1.5 : 1.25;
  return Math.ceil(frame.width * frame.height * 3 * bytesPerSample);
}

export function writeReel(dir: string, reelId: string, frames: ScannedFrame[]): Promise<ReelManifest> {
  return new Promise<ReelManifest>((resolve, reject) => {
    const bad = frames.find((f) => f.pixels.length !== expectedBytes(f));
    if (bad) {
      reject(new Error(`Reel ${reelId} frame ${bad.index} has ${bad.pixels.length} bytes, expected ${expectedBytes(bad)}`));
      return;
    }

    const path = join(dir, `${reelId}.frames`);
    const hash = createHash('sha256');
    const out = createWriteStream(path, { flags: 'wx' });
    let bytes = 0;

    out.on('finish', () => {
      resolve({ reelId, path, frames: frames.length, bytes, sha256: hash.digest('hex') });
    });

    for (const frame of frames) {
      const header = frameHeader(frame);
      hash.update(header);
      hash.update(frame.pixels);
      bytes += header.length + frame.pixels.length;
      out.write(header);
      out.write(frame.pixels);
    }
    out.end();
  });
}

export async function drainScannerQueue(dir: string): Promise<number> {
  let written = 0;
  for (;;) {
    const reel = await scannerQueue.nextReel();
    if (!reel) {
      return written;
    }
    const ordered = [...reel.frames].sort((a, b) => a.index - b.index);
    const manifest = await writeReel(dir, reel.reelId, ordered);
    await scannerQueue.markDone(reel.reelId, manifest);
    written += 1;
  }
}
