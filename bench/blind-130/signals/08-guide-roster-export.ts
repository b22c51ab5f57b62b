// expect: none
// The export passes the caller's signal to the fetch, the spawned compressor and the stream pipeline, so an abort stops every stage.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

export interface RosterExportOptions {
  apiBase: string;
  season: number;
  outputPath: string;
  signal: AbortSignal;
}

export interface ExportSummary {
  season: number;
  outputPath: string;
  bytesIn: number;
}

function rosterUrl(apiBase: string, season: number): URL {
  const url = new URL('/guides/roster.csv', apiBase);
  url.searchParams.set('season', String(season));
  url.searchParams.set('include', 'cormorants,licences,boats');
  return url;
}

export async function exportGuideRoster(opts: RosterExportOptions): Promise<ExportSummary> {
  const res = await fetch(rosterUrl(opts.apiBase, opts.season), { signal: opts.signal });
  if (!res.ok || !res.body) {
    throw new Error(`roster export for ${opts.season} failed with ${res.status}`);
  }

  const zstd = spawn('zstd', ['-q', '-c', '-19'], { signal: opts.signal, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve, reject) => {
    zstd.once('error', reject);
    zstd.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`zstd exited with ${code}`))));
  });

  const source = Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>);

  await Promise.all([
    pipeline(source, zstd.stdin, { signal: opts.signal }),
    pipeline(zstd.stdout, createWriteStream(opts.outputPath), { signal: opts.signal }),
    exited,
  ]);

  const declared = Number(res.headers.get('content-length') ?? NaN);
  return { season: opts.season, outputPath: opts.outputPath, bytesIn: Number.isFinite(declared) ? declared : -1 };
}
