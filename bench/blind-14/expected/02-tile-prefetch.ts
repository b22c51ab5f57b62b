// expect: none
// Async functions are passed as callbacks to map/worker pool and invoked there; every await is on a real promise.
import { mkdir, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface TileKey {
  z: number;
  x: number;
  y: number;
}

export interface PrefetchResult {
  key: TileKey;
  bytes: number;
  cached: boolean;
}

const TILE_ROOT = process.env.TILE_CACHE_DIR ?? '/var/cache/imagery';

function tilePath(layer: string, k: TileKey): string {
  return path.join(TILE_ROOT, layer, String(k.z), String(k.x), `${k.y}.webp`);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

async function runPool<T, R>(items: T[], limit: number, worker: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < items.length) {
      const i = next++;
      results[i] = await worker(items[i]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

export function tilesForBBox(z: number, minX: number, minY: number, maxX: number, maxY: number): TileKey[] {
  const keys: TileKey[] = [];
  for (let x = minX; x <= maxX; x++) {
    for (let y = minY; y <= maxY; y++) keys.push({ z, x, y });
  }
  return keys;
}

export function createPrefetcher(baseUrl: string, layer: string, signal?: AbortSignal) {
  const fetchTile = async (key: TileKey): Promise<PrefetchResult> => {
    const file = tilePath(layer, key);
    if (await exists(file)) return { key, bytes: 0, cached: true };
    const res = await fetch(`${baseUrl}/${layer}/${key.z}/${key.x}/${key.y}.webp`, { signal });
    if (!res.ok) throw new Error(`tile ${key.z}/${key.x}/${key.y} -> HTTP ${res.status}`);
    const body = Buffer.from(await res.arrayBuffer());
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body);
    return { key, bytes: body.length, cached: false };
  };

  return {
    fetchTile,
    async prefetch(keys: TileKey[], concurrency = 8): Promise<PrefetchResult[]> {
      return runPool(keys, concurrency, fetchTile);
    },
    async prefetchZoomHeaders(keys: TileKey[]): Promise<PrefetchResult[]> {
      // low zooms are tiny, just fire them all
      return Promise.all(keys.filter((k) => k.z <= 4).map(fetchTile));
    },
  };
}
