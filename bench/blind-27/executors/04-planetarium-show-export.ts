// expect: no-multiple-settle
// The compress promise listens only for the destination's 'finish' event and has no error path, so a failing source, gzip or destination stream never rejects it.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createGzip } from 'node:zlib';
import { createHash } from 'node:crypto';

export interface DomeShow {
  id: string;
  title: string;
  masterPath: string;
  fisheyeResolution: 4096 | 8192;
  runtimeSeconds: number;
}

export interface ExportedShow {
  show: DomeShow;
  archivePath: string;
  sha256: string;
  bytesIn: number;
}

const EXPORT_ROOT = process.env.DOME_EXPORT_ROOT ?? '/mnt/dome-archive/exports';

function compressMaster(source: string, target: string): Promise<string> {
  return new Promise((resolve) => {
    const hash = createHash('sha256');
    const input = createReadStream(source, { highWaterMark: 4 * 1024 * 1024 });
    const gzip = createGzip({ level: 6 });
    const output = createWriteStream(target);

    input.on('data', (chunk) => hash.update(chunk));
    output.on('finish', () => resolve(hash.digest('hex')));

    input.pipe(gzip).pipe(output);
  });
}

export async function exportShow(show: DomeShow): Promise<ExportedShow> {
  const { size } = await stat(show.masterPath);
  const dir = join(EXPORT_ROOT, show.id);
  await mkdir(dir, { recursive: true });

  const archivePath = join(dir, `${basename(show.masterPath)}.gz`);
  const sha256 = await compressMaster(show.masterPath, archivePath);
  return { show, archivePath, sha256, bytesIn: size };
}

export async function exportSeason(shows: DomeShow[], onProgress?: (done: number, total: number) => void) {
  const results: ExportedShow[] = [];
  // one at a time: the archive volume is a single spinning disk
  for (const show of shows) {
    results.push(await exportShow(show));
    onProgress?.(results.length, shows.length);
  }
  return results;
}
