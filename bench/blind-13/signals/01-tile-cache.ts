// expect: require-signal-propagation
// load() receives a signal and passes it to the disk read, but the network fetch for a missing tile is issued without it, so panning away never cancels downloads.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface TileKey {
  z: number;
  x: number;
  y: number;
}

export interface LoadOptions {
  signal?: AbortSignal;
  priority?: 'high' | 'low';
}

interface CacheEntry {
  data: Uint8Array;
  fetchedAt: number;
}

const MAX_MEMORY_TILES = 512;
const TILE_TTL_MS = 24 * 60 * 60 * 1000;

export class TileCache {
  private memory = new Map<string, CacheEntry>();

  constructor(
    private readonly baseUrl: string,
    private readonly cacheDir: string,
    private readonly apiKey: string,
  ) {}

  private keyOf({ z, x, y }: TileKey): string {
    return `${z}/${x}/${y}`;
  }

  private diskPath(key: string): string {
    return path.join(this.cacheDir, `${key.replace(/\//g, '_')}.pbf`);
  }

  private remember(key: string, entry: CacheEntry): void {
    if (this.memory.size >= MAX_MEMORY_TILES) {
      const oldest = this.memory.keys().next().value;
      if (oldest !== undefined) this.memory.delete(oldest);
    }
    this.memory.set(key, entry);
  }

  async load(tile: TileKey, opts: LoadOptions = {}): Promise<Uint8Array> {
    const key = this.keyOf(tile);
    const hit = this.memory.get(key);
    if (hit && Date.now() - hit.fetchedAt < TILE_TTL_MS) {
      return hit.data;
    }

    try {
      const buf = await readFile(this.diskPath(key), { signal: opts.signal });
      const entry = { data: new Uint8Array(buf), fetchedAt: Date.now() };
      this.remember(key, entry);
      return entry.data;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }

    const url = `${this.baseUrl}/${key}.pbf?key=${encodeURIComponent(this.apiKey)}`;
    const res = await fetch(url, {
      headers: {
        Accept: 'application/x-protobuf',
        'X-Priority': opts.priority ?? 'low',
      },
    });
    if (!res.ok) {
      throw new Error(`tile ${key} failed with HTTP ${res.status}`);
    }
    const data = new Uint8Array(await res.arrayBuffer());
    this.remember(key, { data, fetchedAt: Date.now() });

    await mkdir(this.cacheDir, { recursive: true });
    await writeFile(this.diskPath(key), data, { signal: opts.signal });
    return data;
  }

  async loadViewport(tiles: TileKey[], signal?: AbortSignal): Promise<Map<string, Uint8Array>> {
    const out = new Map<string, Uint8Array>();
    await Promise.all(
      tiles.map(async (t) => {
        out.set(this.keyOf(t), await this.load(t, { signal, priority: 'high' }));
      }),
    );
    return out;
  }

  clearMemory(): void {
    this.memory.clear();
  }
}
