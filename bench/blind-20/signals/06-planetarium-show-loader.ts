// expect: none
// Correct: the retry loop rethrows as soon as the show's signal is aborted, and fetch, pipeline and the backoff sleep all receive that signal.
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

export interface DomeSegment {
  id: string;
  url: string;
  bytes: number;
}

export interface ShowManifest {
  showId: string;
  title: string;
  segments: DomeSegment[];
}

interface LoadContext {
  cacheDir: string;
  signal: AbortSignal;
  onProgress?: (segmentId: string, done: number, total: number) => void;
}

const MAX_ATTEMPTS = 4;

async function downloadSegment(segment: DomeSegment, dest: string, signal: AbortSignal): Promise<void> {
  const res = await fetch(segment.url, { signal });
  if (!res.ok || !res.body) {
    throw new Error(`segment ${segment.id}: HTTP ${res.status}`);
  }
  const partial = `${dest}.part`;
  try {
    await pipeline(Readable.fromWeb(res.body as unknown as NodeReadableStream<Uint8Array>), createWriteStream(partial), { signal });
    await rename(partial, dest);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}

async function downloadWithRetry(segment: DomeSegment, dest: string, signal: AbortSignal): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await downloadSegment(segment, dest, signal);
      return;
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      if (attempt >= MAX_ATTEMPTS) {
        throw new Error(`segment ${segment.id} failed after ${attempt} attempts`, { cause: err });
      }
      await sleep(500 * 2 ** attempt, undefined, { signal });
    }
  }
}

export async function preloadShow(manifest: ShowManifest, ctx: LoadContext): Promise<string[]> {
  const showDir = join(ctx.cacheDir, manifest.showId);
  await mkdir(showDir, { recursive: true });

  const paths: string[] = [];
  for (const [index, segment] of manifest.segments.entries()) {
    ctx.signal.throwIfAborted();
    const dest = join(showDir, `${String(index).padStart(3, '0')}-${segment.id}.mp4`);
    await downloadWithRetry(segment, dest, ctx.signal);
    paths.push(dest);
    ctx.onProgress?.(segment.id, index + 1, manifest.segments.length);
  }
  return paths;
}
