// expect: no-swallowed-abort
// An AbortError from the cancelled download is turned into an empty tile list, so the CLI goes on to overwrite the cache with nothing.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

interface TileRef {
  z: number;
  x: number;
  y: number;
}

interface CanopyTile extends TileRef {
  ndvi: number[];
}

const TILE_SERVER = process.env.TILE_SERVER ?? 'https://tiles.orchard-survey.example';

export async function downloadCanopyTiles(refs: TileRef[], signal: AbortSignal): Promise<CanopyTile[]> {
  const tiles: CanopyTile[] = [];
  try {
    for (const ref of refs) {
      const res = await fetch(`${TILE_SERVER}/ndvi/${ref.z}/${ref.x}/${ref.y}.json`, { signal });
      if (res.status === 404) continue;
      if (!res.ok) throw new Error(`tile ${ref.z}/${ref.x}/${ref.y}: HTTP ${res.status}`);
      tiles.push({ ...ref, ndvi: (await res.json()) as number[] });
    }
  } catch (err) {
    if ((err as Error).name === 'AbortError') {
      return [];
    }
    throw err;
  }
  return tiles;
}

export async function refreshCache(block: string, refs: TileRef[], cacheDir: string, signal: AbortSignal) {
  const tiles = await downloadCanopyTiles(refs, signal);
  await mkdir(cacheDir, { recursive: true });
  await writeFile(path.join(cacheDir, `${block}.json`), JSON.stringify(tiles));
  const vigorous = tiles.filter((t) => t.ndvi.some((v) => v > 0.8)).length;
  return { block, tiles: tiles.length, vigorous };
}

export async function cli(argv: string[]): Promise<void> {
  const [block = 'north-apples', zoom = '17'] = argv.slice(2);
  const refs: TileRef[] = [];
  for (let x = 0; x < 4; x++) for (let y = 0; y < 4; y++) refs.push({ z: Number(zoom), x, y });

  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());

  const summary = await refreshCache(block, refs, '.canopy-cache', controller.signal);
  console.log(`${summary.block}: ${summary.tiles} tiles cached, ${summary.vigorous} with vigorous regrowth`);
  console.log('suggest heavier pruning where regrowth is vigorous');
}
