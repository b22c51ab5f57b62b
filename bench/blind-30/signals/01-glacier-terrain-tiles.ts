// expect: require-signal-propagation
// fetchTile passes the caller's signal to fetch but not to the backoff sleep, so a cancelled mission plan still waits out every retry delay.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TileKey {
  z: number;
  x: number;
  y: number;
}

export interface ElevationTile {
  key: TileKey;
  width: number;
  heights: Float32Array;
}

export interface SurveyArea {
  glacier: string;
  north: number;
  south: number;
  east: number;
  west: number;
}

const TILE_ENDPOINT = process.env.DEM_ENDPOINT ?? 'https://dem.example.org/tiles';
const RETRYABLE = new Set([429, 502, 503, 504]);

function lonToTileX(lon: number, z: number): number {
  return Math.floor(((lon + 180) / 360) * 2 ** z);
}

function latToTileY(lat: number, z: number): number {
  const rad = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
}

export function tilesFor(area: SurveyArea, z: number): TileKey[] {
  const keys: TileKey[] = [];
  for (let x = lonToTileX(area.west, z); x <= lonToTileX(area.east, z); x++) {
    for (let y = latToTileY(area.north, z); y <= latToTileY(area.south, z); y++) {
      keys.push({ z, x, y });
    }
  }
  return keys;
}

async function fetchTile(key: TileKey, signal: AbortSignal, maxAttempts = 5): Promise<ElevationTile> {
  const url = `${TILE_ENDPOINT}/${key.z}/${key.x}/${key.y}.f32`;
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, { signal, headers: { accept: 'application/octet-stream' } });
    if (response.ok) {
      const heights = new Float32Array(await response.arrayBuffer());
      return { key, width: Math.round(Math.sqrt(heights.length)), heights };
    }
    if (!RETRYABLE.has(response.status) || attempt >= maxAttempts) {
      throw new Error(`tile ${key.z}/${key.x}/${key.y} failed with HTTP ${response.status}`);
    }
    const retryAfter = Number(response.headers.get('retry-after'));
    const delayMs = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 500 * 2 ** attempt;
    await sleep(delayMs);
  }
}

export async function loadSurveyTerrain(
  area: SurveyArea,
  zoom: number,
  { signal, concurrency = 4 }: { signal: AbortSignal; concurrency?: number },
): Promise<ElevationTile[]> {
  const queue = tilesFor(area, zoom);
  const tiles: ElevationTile[] = [];
  const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    for (let key = queue.shift(); key; key = queue.shift()) {
      signal.throwIfAborted();
      tiles.push(await fetchTile(key, signal));
    }
  });
  await Promise.all(workers);
  return tiles;
}
