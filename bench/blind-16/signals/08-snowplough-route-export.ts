// expect: none
// The export job hands its signal to execFile, stream pipeline and the upload fetch, so cancelling it stops every step.
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface ExportRequest {
  depot: string;
  shiftDate: string; // YYYY-MM-DD
  plough: string[];
  signal: AbortSignal;
}

interface ExportResult {
  url: string;
  bytes: number;
  trucks: number;
}

const TRACKS_DB = process.env.PLOUGH_TRACKS_DB ?? '/var/lib/plough/tracks.gpkg';
const UPLOAD_BASE = 'https://gis.city.example/uploads/winter-ops';

function sqlFilter(req: ExportRequest): string {
  const ids = req.plough.map((p) => `'${p.replace(/'/g, "''")}'`).join(',');
  return `depot = '${req.depot}' AND shift_date = '${req.shiftDate}' AND vehicle_id IN (${ids})`;
}

export async function exportShiftRoutes(req: ExportRequest): Promise<ExportResult> {
  const work = await mkdtemp(join(tmpdir(), 'plough-export-'));
  const geojson = join(work, 'routes.geojson');
  const gz = `${geojson}.gz`;
  try {
    // ogr2ogr does the heavy lifting of simplifying the raw GPS pings
    await execFileAsync('ogr2ogr', ['-f', 'GeoJSON', geojson, TRACKS_DB, 'gps_tracks', '-where', sqlFilter(req), '-simplify', '0.00005'], {
      signal: req.signal,
      maxBuffer: 8 * 1024 * 1024,
    });

    await pipeline(createReadStream(geojson), createGzip({ level: 9 }), createWriteStream(gz), {
      signal: req.signal,
    });

    const { size } = await stat(gz);
    const key = `${req.depot}/${req.shiftDate}.geojson.gz`;
    const res = await fetch(`${UPLOAD_BASE}/${key}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/geo+json', 'content-encoding': 'gzip', 'content-length': String(size) },
      body: createReadStream(gz) as unknown as BodyInit,
      duplex: 'half',
      signal: req.signal,
    } as RequestInit & { duplex: 'half' });
    if (!res.ok) throw new Error(`upload of ${key} failed: HTTP ${res.status}`);

    return { url: `${UPLOAD_BASE}/${key}`, bytes: size, trucks: req.plough.length };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
