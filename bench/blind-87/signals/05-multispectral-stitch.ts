// expect: none
// fetch() is called with a Request that already carries the signal, and the worker wait uses once(..., { signal }) with the worker terminated in finally, so the signal reaches everything.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

export type Band = 'uv' | 'vis' | 'ir-850' | 'ir-950';

export interface Tile {
  objectId: string;
  band: Band;
  row: number;
  col: number;
  bytes: ArrayBuffer;
}

export interface StitchResult {
  objectId: string;
  band: Band;
  width: number;
  height: number;
  outputPath: string;
}

const IMAGING_API = process.env.IMAGING_API ?? 'https://imaging.conservation-lab.example/api';
const STITCH_WORKER = process.env.STITCH_WORKER ?? '/opt/lab/workers/stitch-worker.js';

async function fetchTile(objectId: string, band: Band, row: number, col: number, signal: AbortSignal): Promise<Tile> {
  const request = new Request(`${IMAGING_API}/objects/${objectId}/bands/${band}/tiles/${row}/${col}`, {
    headers: { accept: 'image/tiff' },
    signal,
  });
  const res = await fetch(request);
  if (!res.ok) throw new Error(`tile ${row},${col} (${band}) failed: ${res.status}`);
  return { objectId, band, row, col, bytes: await res.arrayBuffer() };
}

export async function stitchBand(
  objectId: string,
  band: Band,
  grid: { rows: number; cols: number },
  signal: AbortSignal,
): Promise<StitchResult> {
  const tiles: Promise<Tile>[] = [];
  for (let row = 0; row < grid.rows; row++) {
    for (let col = 0; col < grid.cols; col++) tiles.push(fetchTile(objectId, band, row, col, signal));
  }
  const loaded = await Promise.all(tiles);

  const worker = new Worker(STITCH_WORKER, { workerData: { objectId, band, grid } });
  try {
    worker.postMessage(
      loaded.map((t) => ({ row: t.row, col: t.col, bytes: t.bytes })),
      loaded.map((t) => t.bytes),
    );
    const [result] = (await once(worker, 'message', { signal })) as [StitchResult];
    return result;
  } finally {
    // on abort once() rejects straight away; the worker is stopped here either way
    await worker.terminate();
  }
}

export async function stitchAllBands(
  objectId: string,
  grid: { rows: number; cols: number },
  signal: AbortSignal,
): Promise<StitchResult[]> {
  const results: StitchResult[] = [];
  for (const band of ['vis', 'uv', 'ir-850', 'ir-950'] as const) {
    signal.throwIfAborted();
    results.push(await stitchBand(objectId, band, grid, signal));
  }
  return results;
}
