// expect: none
// The race clears its timeout in finally and aborts the losing tile request through the shared controller.
export interface TileKey {
  z: number;
  x: number;
  y: number;
  layer: 'visual' | 'ndvi' | 'cloudmask';
}

export interface TileSource {
  name: string;
  urlFor(key: TileKey): string;
}

export class TileTimeoutError extends Error {
  constructor(
    readonly key: TileKey,
    readonly ms: number,
  ) {
    super(`tile ${key.layer}/${key.z}/${key.x}/${key.y} timed out after ${ms}ms`);
    this.name = 'TileTimeoutError';
  }
}

async function fetchTile(url: string, signal: AbortSignal): Promise<ArrayBuffer> {
  const res = await fetch(url, { signal, headers: { accept: 'image/webp,image/png' } });
  if (!res.ok) throw new Error(`tile fetch ${url} -> ${res.status}`);
  return res.arrayBuffer();
}

export async function loadTile(key: TileKey, source: TileSource, opts: { timeoutMs: number; signal?: AbortSignal }): Promise<ArrayBuffer> {
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TileTimeoutError(key, opts.timeoutMs)), opts.timeoutMs);
  });

  try {
    return await Promise.race([fetchTile(source.urlFor(key), controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    opts.signal?.removeEventListener('abort', onOuterAbort);
  }
}

export class TileCache {
  private readonly entries = new Map<string, { data: ArrayBuffer; at: number }>();

  constructor(
    private readonly source: TileSource,
    private readonly ttlMs = 10 * 60_000,
  ) {}

  private static keyOf(k: TileKey): string {
    return `${k.layer}:${k.z}:${k.x}:${k.y}`;
  }

  async get(key: TileKey, signal?: AbortSignal): Promise<ArrayBuffer> {
    const id = TileCache.keyOf(key);
    const hit = this.entries.get(id);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.data;

    const data = await loadTile(key, this.source, { timeoutMs: 4_000, signal });
    this.entries.set(id, { data, at: Date.now() });
    return data;
  }

  evictOlderThan(ms: number): number {
    let removed = 0;
    const cutoff = Date.now() - ms;
    for (const [id, entry] of this.entries) {
      if (entry.at < cutoff) {
        this.entries.delete(id);
        removed++;
      }
    }
    return removed;
  }
}
