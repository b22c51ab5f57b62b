// expect: none
// The ternary picks between two async functions and the chosen one is then called, so the awaited value is the loaded asset.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { createHash } from 'node:crypto';

export interface LoadOptions {
  offline: boolean;
  cacheDir: string;
  signal?: AbortSignal;
}

type Loader = (url: string, opts: LoadOptions) => Promise<Buffer>;

function cachePath(cacheDir: string, url: string): string {
  const digest = createHash('sha256').update(url).digest('hex');
  return join(cacheDir, digest.slice(0, 2), digest);
}

const readCached: Loader = async (url, { cacheDir }) => {
  try {
    return await readFile(cachePath(cacheDir, url));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`offline mode: ${url} is not in the cache`);
    }
    throw err;
  }
};

const downloadAndCache: Loader = async (url, { cacheDir, signal }) => {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`GET ${url} -> ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  const target = cachePath(cacheDir, url);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, body);
  return body;
};

export async function loadAssets(urls: string[], opts: LoadOptions): Promise<Map<string, Buffer>> {
  const load = opts.offline ? readCached : downloadAndCache;
  const out = new Map<string, Buffer>();
  for (const url of urls) {
    opts.signal?.throwIfAborted();
    const data = await load(url, opts);
    out.set(url, data);
    console.debug(`asset ${url}: ${data.byteLength} bytes${opts.offline ? ' (cache)' : ''}`);
  }
  return out;
}
