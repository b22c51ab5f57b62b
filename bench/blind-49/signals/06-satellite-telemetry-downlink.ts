// expect: none
// The signal reaches every cancellable call through request options built by a helper, and the backoff sleep gets it too, so an abort stops the download promptly.
import { setTimeout as sleep } from 'node:timers/promises';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

export interface PassDownlink {
  passId: string;
  satellite: string;
  stationId: string;
  frames: number;
}

export interface DownloadOptions {
  signal: AbortSignal;
  token: string;
  attempts?: number;
}

declare const groundSegment: {
  baseUrl: string;
  archiveDir: string;
};

function requestInit(options: DownloadOptions, accept: string): RequestInit {
  return {
    signal: options.signal,
    headers: {
      authorization: `Bearer ${options.token}`,
      accept,
    },
  };
}

async function fetchManifest(passId: string, options: DownloadOptions): Promise<PassDownlink> {
  const res = await fetch(`${groundSegment.baseUrl}/passes/${passId}`, requestInit(options, 'application/json'));
  if (!res.ok) throw new Error(`manifest for pass ${passId}: HTTP ${res.status}`);
  return (await res.json()) as PassDownlink;
}

async function downloadFrames(pass: PassDownlink, options: DownloadOptions): Promise<string> {
  const target = `${groundSegment.archiveDir}/${pass.satellite}-${pass.passId}.ccsds`;
  const init = requestInit(options, 'application/octet-stream');
  const res = await fetch(`${groundSegment.baseUrl}/passes/${pass.passId}/frames`, init);
  if (!res.ok || !res.body) throw new Error(`frames for pass ${pass.passId}: HTTP ${res.status}`);
  const source = Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
  await pipeline(source, createWriteStream(target), { signal: options.signal });
  return target;
}

function isTransient(err: unknown): boolean {
  return err instanceof Error && /HTTP 5\d\d|ECONNRESET|ETIMEDOUT/.test(err.message);
}

export async function archivePass(passId: string, options: DownloadOptions): Promise<string> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    options.signal.throwIfAborted();
    try {
      const manifest = await fetchManifest(passId, options);
      if (manifest.frames === 0) throw new Error(`pass ${passId} recorded no frames`);
      return await downloadFrames(manifest, options);
    } catch (err) {
      if (attempt >= attempts || !isTransient(err)) throw err;
      await sleep(1_000 * 2 ** attempt, undefined, { signal: options.signal });
    }
  }
}

export async function archivePasses(passIds: string[], options: DownloadOptions): Promise<string[]> {
  const paths: string[] = [];
  for (const passId of passIds) {
    paths.push(await archivePass(passId, options));
  }
  return paths;
}
