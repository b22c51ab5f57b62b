// expect: no-uncalled-async-function
// Promise.all is given the loadIndex method itself instead of its promise, so warmup resolves without ever loading the index.
import { mkdir, readFile, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface TileKey {
  z: number;
  x: number;
  y: number;
}

interface IndexEntry {
  file: string;
  bytes: number;
  fetchedAt: number;
}

const INDEX_FILE = 'index.json';

export class TileCache {
  private index = new Map<string, IndexEntry>();

  constructor(
    private readonly root: string,
    private readonly upstream: (key: TileKey) => Promise<Uint8Array>,
    private readonly maxAgeMs = 7 * 24 * 3600_000,
  ) {}

  async warmup(): Promise<void> {
    await mkdir(this.root, { recursive: true });
    await Promise.all([this.loadIndex, this.pruneExpired()]);
  }

  async get(key: TileKey): Promise<Uint8Array> {
    const id = TileCache.keyOf(key);
    const entry = this.index.get(id);
    if (entry && Date.now() - entry.fetchedAt < this.maxAgeMs) {
      return readFile(path.join(this.root, entry.file));
    }

    const bytes = await this.upstream(key);
    const file = `${key.z}-${key.x}-${key.y}.png`;
    await writeFile(path.join(this.root, file), bytes);
    this.index.set(id, { file, bytes: bytes.byteLength, fetchedAt: Date.now() });
    return bytes;
  }

  async persist(): Promise<void> {
    const entries = Object.fromEntries(this.index);
    await writeFile(path.join(this.root, INDEX_FILE), JSON.stringify(entries));
  }

  get size(): number {
    return this.index.size;
  }

  private async loadIndex(): Promise<void> {
    try {
      const raw = await readFile(path.join(this.root, INDEX_FILE), 'utf8');
      const parsed = JSON.parse(raw) as Record<string, IndexEntry>;
      for (const [id, entry] of Object.entries(parsed)) this.index.set(id, entry);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }

  private async pruneExpired(): Promise<number> {
    const cutoff = Date.now() - this.maxAgeMs;
    let removed = 0;
    for (const name of await readdir(this.root)) {
      if (name === INDEX_FILE) continue;
      const full = path.join(this.root, name);
      const info = await stat(full);
      if (info.mtimeMs < cutoff) {
        await unlink(full);
        removed++;
      }
    }
    return removed;
  }

  private static keyOf({ z, x, y }: TileKey): string {
    return `${z}/${x}/${y}`;
  }
}
