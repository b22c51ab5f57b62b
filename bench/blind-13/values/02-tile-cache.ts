// expect: no-promise-as-value
// Bug: diskCache.has() returns Promise<boolean>; `if (!onDisk)` tests the promise, which is always truthy, so missing tiles are never fetched upstream and the disk read fails.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readFile, writeFile, mkdir, access } from 'node:fs/promises';

export interface TileCoord {
  z: number;
  x: number;
  y: number;
  style: string;
}

class DiskTileCache {
  constructor(private readonly root: string) {}

  pathFor(key: string): string {
    return join(this.root, key.slice(0, 2), `${key}.png`);
  }

  async has(key: string): Promise<boolean> {
    try {
      await access(this.pathFor(key));
      return true;
    } catch {
      return false;
    }
  }

  read(key: string): Promise<Buffer> {
    return readFile(this.pathFor(key));
  }

  async write(key: string, data: Buffer): Promise<void> {
    await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
    await writeFile(this.pathFor(key), data);
  }
}

const diskCache = new DiskTileCache(process.env.TILE_CACHE_DIR ?? '/var/cache/tiles');
const memory = new Map<string, Buffer>();
const MEMORY_LIMIT = 512;

function tileKey({ z, x, y, style }: TileCoord): string {
  return createHash('sha1').update(`${style}/${z}/${x}/${y}`).digest('hex');
}

async function fetchFromUpstream(coord: TileCoord, signal: AbortSignal): Promise<Buffer> {
  const url = `https://tiles.example.net/${coord.style}/${coord.z}/${coord.x}/${coord.y}.png`;
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`upstream ${res.status} for ${url}`);
  return Buffer.from(await res.arrayBuffer());
}

function remember(key: string, data: Buffer): void {
  if (memory.size >= MEMORY_LIMIT) {
    const oldest = memory.keys().next().value;
    if (oldest !== undefined) memory.delete(oldest);
  }
  memory.set(key, data);
}

export async function getTile(coord: TileCoord, signal: AbortSignal): Promise<Buffer> {
  const key = tileKey(coord);

  const hot = memory.get(key);
  if (hot) return hot;

  const onDisk = diskCache.has(key);
  if (!onDisk) {
    const fresh = await fetchFromUpstream(coord, signal);
    remember(key, fresh);
    await diskCache.write(key, fresh);
    return fresh;
  }

  const data = await diskCache.read(key);
  remember(key, data);
  return data;
}
