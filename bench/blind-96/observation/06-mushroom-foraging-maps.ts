// expect: no-floating-promises
// syncOfflineArea hands an async callback to forEach, which drops the returned promises, so the function reports the area as saved before any tile is stored and a failed fetch or quota error surfaces as an unhandled rejection.
export interface TileRef {
  z: number;
  x: number;
  y: number;
}

export interface TileStore {
  has(key: string): Promise<boolean>;
  put(key: string, data: Blob): Promise<void>;
}

export interface AreaBounds {
  north: number;
  south: number;
  east: number;
  west: number;
}

function lonToTile(lon: number, z: number): number {
  return Math.floor(((lon + 180) / 360) * 2 ** z);
}

function latToTile(lat: number, z: number): number {
  const rad = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
}

export function tilesFor(bounds: AreaBounds, zooms: number[]): TileRef[] {
  const refs: TileRef[] = [];
  for (const z of zooms) {
    for (let x = lonToTile(bounds.west, z); x <= lonToTile(bounds.east, z); x++) {
      for (let y = latToTile(bounds.north, z); y <= latToTile(bounds.south, z); y++) {
        refs.push({ z, x, y });
      }
    }
  }
  return refs;
}

export class OfflineMapSync {
  constructor(
    private readonly store: TileStore,
    private readonly tileUrl: (t: TileRef) => string,
    private readonly status: HTMLElement,
  ) {}

  async syncOfflineArea(bounds: AreaBounds, zooms: number[] = [12, 13, 14, 15]): Promise<number> {
    const refs = tilesFor(bounds, zooms);
    if (refs.length > 4000) {
      throw new Error(`area too large for offline use (${refs.length} tiles)`);
    }
    this.status.textContent = `Saving ${refs.length} tiles for offline foraging…`;

    refs.forEach(async (ref) => {
      const key = `${ref.z}/${ref.x}/${ref.y}`;
      if (await this.store.has(key)) return;
      const res = await fetch(this.tileUrl(ref), { cache: 'no-store' });
      if (!res.ok) throw new Error(`tile ${key} failed with ${res.status}`);
      await this.store.put(key, await res.blob());
    });

    this.status.textContent = `Area saved: ${refs.length} tiles available offline.`;
    return refs.length;
  }
}

export function bindSyncButton(button: HTMLButtonElement, sync: OfflineMapSync, getBounds: () => AreaBounds): void {
  button.addEventListener('click', () => {
    button.disabled = true;
    sync
      .syncOfflineArea(getBounds())
      .catch((err: unknown) => alert(err instanceof Error ? err.message : String(err)))
      .finally(() => {
        button.disabled = false;
      });
  });
}
