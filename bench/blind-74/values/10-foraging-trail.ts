// expect: none
// The counters filled by readline 'line' events are read only after awaiting events.once(rl, 'close'), and `bounds` set in a .then is read after that chain is awaited.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface Find {
  species: string;
  lat: number;
  lon: number;
  grams: number;
}

export interface TrailSummary {
  trailId: string;
  finds: number;
  bySpecies: Record<string, number>;
  skippedLines: number;
  bbox: { west: number; south: number; east: number; north: number } | null;
}

declare const trailIndex: {
  geometry(trailId: string): Promise<Array<[number, number]>>;
};

declare const mapLayer: {
  upsert(trailId: string, summary: TrailSummary): Promise<void>;
};

function parseFind(line: string): Find | undefined {
  const [species, lat, lon, grams] = line.split(';').map((s) => s.trim());
  const find = { species, lat: Number(lat), lon: Number(lon), grams: Number(grams) };
  if (!species || ![find.lat, find.lon, find.grams].every(Number.isFinite)) return undefined;
  return find;
}

export async function summariseTrail(trailId: string, logPath: string): Promise<TrailSummary> {
  let bounds: TrailSummary['bbox'] = null;
  const geometry = trailIndex.geometry(trailId).then((points) => {
    if (points.length === 0) return;
    const lons = points.map(([lon]) => lon);
    const lats = points.map(([, lat]) => lat);
    bounds = { west: Math.min(...lons), south: Math.min(...lats), east: Math.max(...lons), north: Math.max(...lats) };
  });
  await geometry;

  const input = createReadStream(logPath, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });
  const bySpecies: Record<string, number> = {};
  let finds = 0;
  let skippedLines = 0;

  rl.on('line', (line) => {
    if (line.startsWith('#') || line.trim() === '') return;
    const find = parseFind(line);
    if (!find) {
      skippedLines++;
      return;
    }
    finds++;
    bySpecies[find.species] = (bySpecies[find.species] ?? 0) + find.grams;
  });

  // readline re-emits input stream errors, so this rejects if the log cannot be read.
  await once(rl, 'close');

  const summary: TrailSummary = { trailId, finds, bySpecies, skippedLines, bbox: bounds };
  await mapLayer.upsert(trailId, summary);
  return summary;
}
