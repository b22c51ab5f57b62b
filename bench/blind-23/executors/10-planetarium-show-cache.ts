// expect: none
// Correct: the stat callback returns after rejecting, and the copy promise settles once via a guard on read/write 'error' and 'finish', destroying both streams on failure.
import { stat, createReadStream, createWriteStream, rename, unlink } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

export interface ShowAsset {
  show: string;
  file: string;
  sha256: string;
}

export interface CachedAsset extends ShowAsset {
  cachedPath: string;
  bytes: number;
}

const DOME_CACHE = process.env.DOME_CACHE_DIR ?? '/var/cache/dome';
const MAX_ASSET_BYTES = 8 * 1024 ** 3;

function sizeOf(file: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    stat(file, (err, stats) => {
      if (err) return reject(err);
      if (!stats.isFile()) return reject(new Error(`${file} is not a regular file`));
      resolve(stats.size);
    });
  });
}

function copyVerified(src: string, dest: string, expectedSha: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const hash = createHash('sha256');
    const input = createReadStream(src);
    const output = createWriteStream(`${dest}.partial`);
    let settled = false;

    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      input.destroy();
      output.destroy();
      unlink(`${dest}.partial`, () => reject(err));
    };

    input.on('data', (chunk) => hash.update(chunk));
    input.on('error', fail);
    output.on('error', fail);

    output.on('finish', () => {
      if (settled) return;
      const actual = hash.digest('hex');
      if (actual !== expectedSha) {
        fail(new Error(`checksum mismatch for ${path.basename(src)}: ${actual}`));
        return;
      }
      rename(`${dest}.partial`, dest, (err) => {
        if (settled) return;
        settled = true;
        if (err) reject(err);
        else resolve();
      });
    });

    input.pipe(output);
  });
}

export async function cacheShowAsset(asset: ShowAsset): Promise<CachedAsset> {
  const bytes = await sizeOf(asset.file);
  if (bytes > MAX_ASSET_BYTES) {
    throw new Error(`${asset.show}: ${path.basename(asset.file)} is too large for the dome cache`);
  }
  const cachedPath = path.join(DOME_CACHE, asset.show, path.basename(asset.file));
  await copyVerified(asset.file, cachedPath, asset.sha256);
  return { ...asset, cachedPath, bytes };
}

export async function prepareShow(show: string, assets: ShowAsset[]): Promise<CachedAsset[]> {
  const cached: CachedAsset[] = [];
  for (const asset of assets.filter((a) => a.show === show)) {
    cached.push(await cacheShowAsset(asset));
  }
  return cached;
}
