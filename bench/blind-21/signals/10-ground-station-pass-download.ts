// expect: none
// The download passes the signal to fetch and to stream pipeline, and the catch only cleans up the partial file before rethrowing.
import { createWriteStream } from 'node:fs';
import { rm, rename, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export interface PassRecording {
  passId: string;
  satellite: string;
  antenna: 'GS-A' | 'GS-B' | 'GS-C';
  aos: string;
  los: string;
  sha256: string;
  url: string;
}

export interface DownloadContext {
  archiveDir: string;
  signal: AbortSignal;
  onProgress?: (passId: string, bytes: number) => void;
}

export class ChecksumMismatchError extends Error {
  constructor(
    readonly passId: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`Pass ${passId}: checksum ${actual} does not match ${expected}`);
    this.name = 'ChecksumMismatchError';
  }
}

export async function downloadPass(pass: PassRecording, ctx: DownloadContext): Promise<string> {
  const finalPath = join(ctx.archiveDir, `${pass.satellite}_${pass.passId}.iq`);
  const partPath = `${finalPath}.part`;

  const res = await fetch(pass.url, { signal: ctx.signal });
  if (!res.ok || !res.body) {
    throw new Error(`Pass ${pass.passId}: baseband server responded ${res.status}`);
  }

  const hash = createHash('sha256');
  let bytes = 0;
  const source = Readable.fromWeb(res.body as unknown as NodeReadableStream<Uint8Array>);
  source.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
    ctx.onProgress?.(pass.passId, bytes);
  });

  try {
    await pipeline(source, createWriteStream(partPath), { signal: ctx.signal });
    const digest = hash.digest('hex');
    if (digest !== pass.sha256) {
      throw new ChecksumMismatchError(pass.passId, pass.sha256, digest);
    }
    await rename(partPath, finalPath);
  } catch (err) {
    await rm(partPath, { force: true });
    throw err;
  }

  const { size } = await stat(finalPath);
  console.info(`archived ${pass.satellite} pass ${pass.passId} (${size} bytes) from ${pass.antenna}`);
  return finalPath;
}

export async function downloadPasses(passes: PassRecording[], ctx: DownloadContext): Promise<string[]> {
  const saved: string[] = [];
  for (const pass of passes) {
    ctx.signal.throwIfAborted();
    saved.push(await downloadPass(pass, ctx));
  }
  return saved;
}
