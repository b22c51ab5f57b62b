// expect: no-multiple-settle
// Bug: on a non-200 response the callback rejects but keeps going, piping the error body to disk and renaming it over the cached tile (then calling resolve on an already-rejected promise).
import { get } from 'node:https';
import { createWriteStream, rename, mkdir } from 'node:fs';
import { dirname, join } from 'node:path';

export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

export interface MirrorOptions {
  baseUrl: string;
  cacheDir: string;
  timeoutMs?: number;
}

function tileUrl(base: string, { z, x, y }: TileCoord): string {
  return `${base.replace(/\/$/, '')}/${z}/${x}/${y}.png`;
}

function tilePath(cacheDir: string, { z, x, y }: TileCoord): string {
  return join(cacheDir, String(z), String(x), `${y}.png`);
}

function ensureDir(dir: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    mkdir(dir, { recursive: true }, (err) => (err ? reject(err) : resolve()));
  });
}

export async function mirrorTile(coord: TileCoord, opts: MirrorOptions): Promise<string> {
  const dest = tilePath(opts.cacheDir, coord);
  await ensureDir(dirname(dest));
  const url = tileUrl(opts.baseUrl, coord);
  const tmp = `${dest}.${process.pid}.part`;

  return new Promise<string>((resolve, reject) => {
    const req = get(url, { timeout: opts.timeoutMs ?? 20_000 }, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`GET ${url} -> ${res.statusCode} ${res.statusMessage ?? ''}`.trim()));
      }

      const out = createWriteStream(tmp);
      res.pipe(out);
      res.on('error', (err) => {
        out.destroy();
        reject(err);
      });
      out.on('error', reject);
      out.on('finish', () => {
        rename(tmp, dest, (err) => (err ? reject(err) : resolve(dest)));
      });
    });

    req.on('timeout', () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on('error', reject);
  });
}

export async function mirrorBoundingBox(
  zoom: number,
  [minX, minY, maxX, maxY]: [number, number, number, number],
  opts: MirrorOptions,
  concurrency = 6,
): Promise<{ saved: number; failed: TileCoord[] }> {
  const queue: TileCoord[] = [];
  for (let x = minX; x <= maxX; x++) {
    for (let y = minY; y <= maxY; y++) queue.push({ z: zoom, x, y });
  }

  let saved = 0;
  const failed: TileCoord[] = [];
  const workers = Array.from({ length: concurrency }, async () => {
    for (let coord = queue.shift(); coord; coord = queue.shift()) {
      try {
        await mirrorTile(coord, opts);
        saved++;
      } catch {
        failed.push(coord);
      }
    }
  });
  await Promise.all(workers);
  return { saved, failed };
}
