// expect: none
// The AbortSignal travels inside the rest-spread `pipelineOptions` into stream/promises pipeline(), so aborting a rotation destroys the gzip copy mid-stream and the rejection propagates to the caller.
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, rename, stat, unlink } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import path from 'node:path';

export interface RotateOptions {
  signal?: AbortSignal;
  level?: number;
  keep?: number;
  minBytes?: number;
}

export interface RotateResult {
  archived: string | null;
  pruned: string[];
}

export async function rotateLog(dir: string, base: string, options: RotateOptions = {}): Promise<RotateResult> {
  const { level = 6, keep = 7, minBytes = 1 << 20, ...pipelineOptions } = options;
  const active = path.join(dir, base);
  const { size } = await stat(active);
  if (size < minBytes) return { archived: null, pruned: [] };

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const staged = `${active}.${stamp}`;
  await rename(active, staged);

  const archived = `${staged}.gz`;
  try {
    await pipeline(createReadStream(staged), createGzip({ level }), createWriteStream(archived), pipelineOptions);
  } catch (err) {
    // leave the staged file for the next rotation; drop the partial archive
    await unlink(archived).catch(() => undefined);
    throw err;
  }
  await unlink(staged);

  const archives = (await readdir(dir))
    .filter((f) => f.startsWith(`${base}.`) && f.endsWith('.gz'))
    .sort()
    .reverse();
  const pruned = archives.slice(keep).map((f) => path.join(dir, f));
  for (const file of pruned) await unlink(file);
  return { archived, pruned };
}
