// expect: no-multiple-settle
// Bug: the promise only settles on 'close' and has no 'error' listener; if spawn fails (e.g. gdalwarp missing, ENOENT) the 'error' is unhandled and the promise never settles.
import { spawn } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface TileJob {
  sceneId: string;
  sourcePath: string;
  zoom: number;
  x: number;
  y: number;
}

export interface TileResult {
  outputPath: string;
  bytes: number;
  stderr: string;
}

const GDALWARP = process.env.GDALWARP_BIN ?? 'gdalwarp';
const TILE_ROOT = process.env.TILE_ROOT ?? '/var/lib/tiles';

function tileBounds(zoom: number, x: number, y: number): [number, number, number, number] {
  const n = 2 ** zoom;
  const lonMin = (x / n) * 360 - 180;
  const lonMax = ((x + 1) / n) * 360 - 180;
  const latFor = (ty: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * ty) / n))) * 180) / Math.PI;
  return [lonMin, latFor(y + 1), lonMax, latFor(y)];
}

function runWarp(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(GDALWARP, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      // gdal can be very chatty on large scenes; keep the tail only
      stderr = (stderr + chunk).slice(-8192);
    });
    child.on('close', (code) => {
      resolve({ code, stderr });
    });
  });
}

export async function renderTile(job: TileJob): Promise<TileResult> {
  const [west, south, east, north] = tileBounds(job.zoom, job.x, job.y);
  const outDir = path.join(TILE_ROOT, job.sceneId, String(job.zoom), String(job.x));
  await mkdir(outDir, { recursive: true });
  const outputPath = path.join(outDir, `${job.y}.tif`);

  const args = [
    '-t_srs',
    'EPSG:3857',
    '-te_srs',
    'EPSG:4326',
    '-te',
    String(west),
    String(south),
    String(east),
    String(north),
    '-ts',
    '256',
    '256',
    '-r',
    'bilinear',
    '-overwrite',
    job.sourcePath,
    outputPath,
  ];

  const { code, stderr } = await runWarp(args, outDir);
  if (code !== 0) {
    throw new Error(`gdalwarp exited with ${code} for ${job.sceneId}/${job.zoom}/${job.x}/${job.y}: ${stderr}`);
  }
  const info = await stat(outputPath);
  return { outputPath, bytes: info.size, stderr };
}

export async function renderTiles(jobs: TileJob[], concurrency = 4): Promise<TileResult[]> {
  const results: TileResult[] = new Array(jobs.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await renderTile(jobs[i]);
    }
  });
  await Promise.all(workers);
  return results;
}
