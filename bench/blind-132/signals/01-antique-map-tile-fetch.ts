// expect: require-signal-propagation
// fetchTile passes its signal to fetch but backs off with a timers/promises sleep that is not given the signal, so an aborted download still waits out the full delay.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TileRef {
  mapId: string;
  zoom: number;
  x: number;
  y: number;
}

export interface TileFetchOptions {
  signal?: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
}

class RetryableStatus extends Error {
  constructor(readonly status: number, readonly retryAfterMs: number | undefined) {
    super(`tile server answered ${status}`);
    this.name = 'RetryableStatus';
  }
}

function tileUrl(base: string, t: TileRef): string {
  return `${base}/maps/${encodeURIComponent(t.mapId)}/${t.zoom}/${t.x}/${t.y}.jp2`;
}

function retryAfter(res: Response): number | undefined {
  const header = res.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) ? seconds * 1_000 : undefined;
}

export async function fetchTile(base: string, tile: TileRef, opts: TileFetchOptions = {}): Promise<Uint8Array> {
  const { signal, attempts = 4, baseDelayMs = 500 } = opts;

  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(tileUrl(base, tile), { signal, headers: { accept: 'image/jp2' } });
      if (res.status === 429 || res.status >= 500) {
        throw new RetryableStatus(res.status, retryAfter(res));
      }
      if (!res.ok) {
        throw new Error(`tile ${tile.zoom}/${tile.x}/${tile.y} of ${tile.mapId} failed with ${res.status}`);
      }
      return new Uint8Array(await res.arrayBuffer());
    } catch (err) {
      if (!(err instanceof RetryableStatus) || attempt >= attempts) throw err;
      const jitter = Math.random() * 100;
      await sleep(err.retryAfterMs ?? baseDelayMs * 2 ** (attempt - 1) + jitter);
    }
  }
}

export async function fetchSheet(
  base: string,
  mapId: string,
  zoom: number,
  opts: TileFetchOptions = {},
): Promise<Map<string, Uint8Array>> {
  const size = 2 ** zoom;
  const tiles = new Map<string, Uint8Array>();
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      tiles.set(`${x},${y}`, await fetchTile(base, { mapId, zoom, x, y }, opts));
    }
  }
  return tiles;
}
