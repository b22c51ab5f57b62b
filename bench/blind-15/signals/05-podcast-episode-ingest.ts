// expect: none
// The ingest request's signal is handed to fetch, to stream.pipeline and to the ffprobe child process, and the catch only cleans up the partial file before rethrowing.
import { createWriteStream } from 'node:fs';
import { unlink, rename } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';

const execFileAsync = promisify(execFile);

export interface IngestRequest {
  showId: string;
  episodeGuid: string;
  enclosureUrl: string;
  signal: AbortSignal;
}

export interface IngestedEpisode {
  guid: string;
  filePath: string;
  sha256: string;
  bytes: number;
  durationSec: number;
}

const STORAGE_ROOT = process.env.PODCAST_STORAGE ?? '/var/lib/podhost/audio';

function hashingTap(hash: ReturnType<typeof createHash>, counter: { bytes: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      counter.bytes += chunk.length;
      cb(null, chunk);
    },
  });
}

async function probeDuration(filePath: string, signal: AbortSignal): Promise<number> {
  const { stdout } = await execFileAsync(
    'ffprobe',
    ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=nw=1:nk=1', filePath],
    { signal, timeout: 30_000 },
  );
  const seconds = Number.parseFloat(stdout.trim());
  if (!Number.isFinite(seconds)) throw new Error(`ffprobe returned no duration for ${filePath}`);
  return Math.round(seconds);
}

export async function ingestEpisode(req: IngestRequest): Promise<IngestedEpisode> {
  const res = await fetch(req.enclosureUrl, { redirect: 'follow', signal: req.signal });
  if (!res.ok || !res.body) {
    throw new Error(`enclosure download failed: HTTP ${res.status} for ${req.enclosureUrl}`);
  }

  const ext = path.extname(new URL(req.enclosureUrl).pathname) || '.mp3';
  const finalPath = path.join(STORAGE_ROOT, req.showId, `${req.episodeGuid}${ext}`);
  const partPath = `${finalPath}.part`;
  const hash = createHash('sha256');
  const counter = { bytes: 0 };

  try {
    await pipeline(
      Readable.fromWeb(res.body as unknown as NodeReadableStream<Uint8Array>),
      hashingTap(hash, counter),
      createWriteStream(partPath),
      { signal: req.signal },
    );
    const durationSec = await probeDuration(partPath, req.signal);
    await rename(partPath, finalPath);
    return {
      guid: req.episodeGuid,
      filePath: finalPath,
      sha256: hash.digest('hex'),
      bytes: counter.bytes,
      durationSec,
    };
  } catch (err) {
    await unlink(partPath).catch(() => undefined);
    throw err;
  }
}
