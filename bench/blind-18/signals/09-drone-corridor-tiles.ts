// expect: no-swallowed-abort
// renderCorridorTiles wraps every execFile failure, including the AbortError raised when the job's signal fires, in a plain TileRenderError, so callers see a render failure instead of a cancellation.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface CorridorSpec {
  corridorId: string;
  waypoints: Array<[lon: number, lat: number]>;
  ceilingMetres: number;
  bufferMetres: number;
}

export interface RenderJob {
  spec: CorridorSpec;
  zoomLevels: number[];
  outDir: string;
  signal: AbortSignal;
}

export class TileRenderError extends Error {
  constructor(
    readonly corridorId: string,
    readonly stderr: string,
  ) {
    super(`tile render failed for corridor ${corridorId}: ${stderr.split('\n')[0] || 'no output'}`);
    this.name = 'TileRenderError';
  }
}

export async function renderCorridorTiles(job: RenderJob): Promise<string> {
  const { spec, zoomLevels, outDir, signal } = job;
  const target = join(outDir, spec.corridorId);
  await mkdir(target, { recursive: true });

  const geojson = JSON.stringify({
    type: 'Feature',
    properties: { ceiling: spec.ceilingMetres, buffer: spec.bufferMetres },
    geometry: { type: 'LineString', coordinates: spec.waypoints },
  });

  try {
    await execFileAsync(
      'corridor-tiler',
      ['--zoom', zoomLevels.join(','), '--buffer', String(spec.bufferMetres), '--out', target, '--geojson', geojson],
      { signal, maxBuffer: 16 * 1024 * 1024, timeout: 10 * 60_000 },
    );
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr ?? String(err);
    throw new TileRenderError(spec.corridorId, stderr);
  }

  return target;
}

export interface BatchOptions {
  zoomLevels: number[];
  outDir: string;
  signal: AbortSignal;
  onRendered?: (corridorId: string, path: string) => void;
}

// Renders corridors one after another; the tiler saturates every core on the render box.
export async function renderCorridorBatch(specs: readonly CorridorSpec[], opts: BatchOptions): Promise<string[]> {
  const rendered: string[] = [];
  for (const spec of specs) {
    opts.signal.throwIfAborted();
    const path = await renderCorridorTiles({
      spec,
      zoomLevels: opts.zoomLevels,
      outDir: opts.outDir,
      signal: opts.signal,
    });
    opts.onRendered?.(spec.corridorId, path);
    rendered.push(path);
  }
  return rendered;
}
