// expect: none
// The gunzip callback returns right after rejecting, keeps JSON.parse alone inside the try, and only calls resolve after the try with a non-throwing normaliser, so no later statement can throw into a catch that rejects an already-resolved promise.
import { gunzip } from 'node:zlib';
import { readFile } from 'node:fs/promises';

export interface ForageTile {
  z: number;
  x: number;
  y: number;
  finds: Array<{ species: string; lat: number; lon: number; edible: boolean }>;
}

export class MapFormatError extends Error {
  constructor(readonly source: string, cause: unknown) {
    super(`tile pack ${source} is not valid JSON`, { cause });
    this.name = 'MapFormatError';
  }
}

function isFind(v: unknown): v is ForageTile['finds'][number] {
  if (typeof v !== 'object' || v === null) return false;
  const f = v as Record<string, unknown>;
  return typeof f.species === 'string' && typeof f.lat === 'number' && typeof f.lon === 'number';
}

function normalizeTiles(parsed: unknown): ForageTile[] {
  if (!Array.isArray(parsed)) return [];
  const tiles: ForageTile[] = [];
  for (const entry of parsed) {
    if (typeof entry !== 'object' || entry === null) continue;
    const t = entry as Record<string, unknown>;
    if (typeof t.z !== 'number' || typeof t.x !== 'number' || typeof t.y !== 'number') continue;
    const finds = Array.isArray(t.finds) ? t.finds.filter(isFind) : [];
    tiles.push({
      z: t.z,
      x: t.x,
      y: t.y,
      finds: finds.map((f) => ({ ...f, edible: f.edible === true })),
    });
  }
  return tiles;
}

export function decodeTilePack(buf: Buffer, source: string): Promise<ForageTile[]> {
  return new Promise<ForageTile[]>((resolve, reject) => {
    gunzip(buf, (err, raw) => {
      if (err) {
        reject(err);
        return;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw.toString('utf8'));
      } catch (parseErr) {
        reject(new MapFormatError(source, parseErr));
        return;
      }
      resolve(normalizeTiles(parsed));
    });
  });
}

export async function loadRegion(paths: string[]): Promise<Map<string, ForageTile>> {
  const index = new Map<string, ForageTile>();
  for (const path of paths) {
    const tiles = await decodeTilePack(await readFile(path), path);
    for (const tile of tiles) {
      const key = `${tile.z}/${tile.x}/${tile.y}`;
      const existing = index.get(key);
      index.set(key, existing ? { ...existing, finds: [...existing.finds, ...tile.finds] } : tile);
    }
  }
  return index;
}
