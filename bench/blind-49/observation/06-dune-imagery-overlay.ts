// expect: none
// The imagery request starts early but gets its rejection handler attached immediately via .then(ok, err), so the later awaits cannot leave a rejection unobserved.
export interface SurveyArea {
  areaId: string;
  bbox: [minLon: number, minLat: number, maxLon: number, maxLat: number];
  epoch: Date;
}

export interface ElevationGrid {
  areaId: string;
  cellMeters: number;
  heights: Float32Array;
  width: number;
}

export interface ImageryTile {
  url: string;
  capturedAt: Date;
  cloudCover: number;
}

type ImageryOutcome = { ok: true; tiles: ImageryTile[] } | { ok: false; reason: string };

declare const imageryArchive: {
  search(bbox: SurveyArea['bbox'], near: Date): Promise<ImageryTile[]>;
};

declare const lidarStore: {
  grid(areaId: string, epoch: Date): Promise<ElevationGrid>;
  previousEpoch(areaId: string, before: Date): Promise<Date | undefined>;
};

export interface DuneOverlay {
  areaId: string;
  crestCells: number;
  meanChangeMeters: number | undefined;
  imagery: ImageryTile[];
  imageryNote?: string;
}

function crestCells(grid: ElevationGrid): number {
  let count = 0;
  for (let i = 1; i < grid.heights.length - 1; i++) {
    if (i % grid.width === 0 || i % grid.width === grid.width - 1) continue;
    const h = grid.heights[i];
    if (h > grid.heights[i - 1] && h > grid.heights[i + 1]) count++;
  }
  return count;
}

function meanChange(current: ElevationGrid, previous: ElevationGrid): number {
  const n = Math.min(current.heights.length, previous.heights.length);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += current.heights[i] - previous.heights[i];
  return n === 0 ? 0 : sum / n;
}

export async function buildOverlay(area: SurveyArea): Promise<DuneOverlay> {
  const imagery: Promise<ImageryOutcome> = imageryArchive.search(area.bbox, area.epoch).then(
    (tiles) => ({ ok: true, tiles: tiles.filter((t) => t.cloudCover < 0.3) }),
    (err: unknown) => ({ ok: false, reason: err instanceof Error ? err.message : String(err) }),
  );

  const current = await lidarStore.grid(area.areaId, area.epoch);
  const prevEpoch = await lidarStore.previousEpoch(area.areaId, area.epoch);
  const previous = prevEpoch ? await lidarStore.grid(area.areaId, prevEpoch) : undefined;

  const outcome = await imagery;
  return {
    areaId: area.areaId,
    crestCells: crestCells(current),
    meanChangeMeters: previous ? meanChange(current, previous) : undefined,
    imagery: outcome.ok ? outcome.tiles : [],
    imageryNote: outcome.ok ? undefined : `imagery unavailable: ${outcome.reason}`,
  };
}

export async function buildOverlays(areas: SurveyArea[]): Promise<DuneOverlay[]> {
  const overlays: DuneOverlay[] = [];
  for (const area of areas) overlays.push(await buildOverlay(area));
  return overlays;
}
