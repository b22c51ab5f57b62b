// expect: no-unchecked-settled-results
// buildMap() only counts rejected results against a threshold, then reads .value from every allSettled entry, so failed tiles come through as undefined.
export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

export interface SightingTile {
  coord: TileCoord;
  sightings: Array<{ species: string; lat: number; lon: number; edible: 'yes' | 'no' | 'caution'; reportedAt: number }>;
}

export interface ForagingLayer {
  tiles: Array<{ coord: TileCoord; data: SightingTile }>;
  species: string[];
  degraded: boolean;
}

declare const tileServer: {
  fetchSightings(coord: TileCoord, season: string): Promise<SightingTile>;
};

declare const mapTelemetry: {
  count(metric: string, n: number, tags?: Record<string, string>): void;
};

const MAX_FAILED_FRACTION = 0.25;

function tilesCovering(bbox: { west: number; south: number; east: number; north: number }, z: number): TileCoord[] {
  const n = 2 ** z;
  const toX = (lon: number) => Math.floor(((lon + 180) / 360) * n);
  const toY = (lat: number) => {
    const rad = (lat * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  };
  const coords: TileCoord[] = [];
  for (let x = toX(bbox.west); x <= toX(bbox.east); x++) {
    for (let y = toY(bbox.north); y <= toY(bbox.south); y++) {
      coords.push({ z, x, y });
    }
  }
  return coords;
}

export async function buildMap(
  bbox: { west: number; south: number; east: number; north: number },
  season: string,
  zoom = 13,
): Promise<ForagingLayer> {
  const coords = tilesCovering(bbox, zoom);
  const results = await Promise.allSettled(coords.map((c) => tileServer.fetchSightings(c, season)));

  const failed = results.filter((r) => r.status === 'rejected').length;
  mapTelemetry.count('foraging.tiles.failed', failed, { season });
  if (failed / Math.max(results.length, 1) > MAX_FAILED_FRACTION) {
    throw new Error(`${failed} of ${results.length} sighting tiles failed to load`);
  }

  const tiles = results.map((r, i) => ({
    coord: coords[i],
    data: (r as PromiseFulfilledResult<SightingTile>).value,
  }));

  const species = new Set<string>();
  for (const t of tiles) {
    for (const s of t.data?.sightings ?? []) species.add(s.species);
  }

  return { tiles, species: [...species].sort(), degraded: failed > 0 };
}

export function edibleHotspots(layer: ForagingLayer, minSightings = 3): TileCoord[] {
  return layer.tiles
    .filter((t) => t.data.sightings.filter((s) => s.edible === 'yes').length >= minSightings)
    .map((t) => t.coord);
}

export function cautionList(layer: ForagingLayer): string[] {
  const flagged = new Set<string>();
  for (const t of layer.tiles) {
    for (const s of t.data.sightings) {
      if (s.edible !== 'yes') flagged.add(`${s.species} (${s.edible})`);
    }
  }
  return [...flagged].sort();
}
