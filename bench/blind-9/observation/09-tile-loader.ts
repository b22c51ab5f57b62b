// expect: none
// The in-flight map holds the .finally()-chained promise, which is the same object every caller receives and awaits, and the original fetch promise has the finally handler attached at once; a failed tile therefore rejects into the awaiting callers and is evicted, never left unhandled.
interface TileKey {
  z: number;
  x: number;
  y: number;
}

export class TileLoader {
  private readonly inflight = new Map<string, Promise<ImageBitmap>>();
  private readonly cache = new Map<string, ImageBitmap>();

  constructor(
    private readonly urlTemplate: string,
    private readonly maxCached = 256,
  ) {}

  private keyOf({ z, x, y }: TileKey): string {
    return `${z}/${x}/${y}`;
  }

  private async download(key: string): Promise<ImageBitmap> {
    const res = await fetch(this.urlTemplate.replace('{key}', key), { mode: 'cors' });
    if (!res.ok) throw new Error(`tile ${key}: HTTP ${res.status}`);
    const bitmap = await createImageBitmap(await res.blob());
    if (this.cache.size >= this.maxCached) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) {
        this.cache.get(oldest)?.close();
        this.cache.delete(oldest);
      }
    }
    this.cache.set(key, bitmap);
    return bitmap;
  }

  load(tile: TileKey): Promise<ImageBitmap> {
    const key = this.keyOf(tile);
    const cached = this.cache.get(key);
    if (cached) return Promise.resolve(cached);
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = this.download(key).finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }
}

export async function drawViewport(ctx: CanvasRenderingContext2D, loader: TileLoader, tiles: TileKey[], size = 256): Promise<number> {
  const origin = tiles.reduce((o, t) => ({ x: Math.min(o.x, t.x), y: Math.min(o.y, t.y) }), { x: Infinity, y: Infinity });
  let drawn = 0;
  await Promise.all(
    tiles.map(async (tile) => {
      try {
        const bitmap = await loader.load(tile);
        ctx.drawImage(bitmap, (tile.x - origin.x) * size, (tile.y - origin.y) * size);
        drawn++;
      } catch (err) {
        ctx.fillStyle = '#eee';
        ctx.fillRect((tile.x - origin.x) * size, (tile.y - origin.y) * size, size, size);
        console.warn('[tiles]', (err as Error).message);
      }
    }),
  );
  return drawn;
}
