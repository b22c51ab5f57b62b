// expect: no-multiple-settle
// The gpsbabel promise only resolves on exit code 0; a non-zero exit settles nothing and there is no 'error' listener, so a failed export hangs.
import { spawn } from 'node:child_process';
import { writeFile, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface FindWaypoint {
  id: string;
  lat: number;
  lon: number;
  massGrams: number;
  foundAt: Date;
  classification?: 'chondrite' | 'iron' | 'stony-iron' | 'unknown';
}

function toCsv(points: FindWaypoint[]): string {
  const header = 'name,lat,lon,comment';
  const rows = points.map((p) => {
    const comment = `${p.massGrams}g ${p.classification ?? 'unknown'} ${p.foundAt.toISOString()}`;
    return [p.id, p.lat.toFixed(6), p.lon.toFixed(6), JSON.stringify(comment)].join(',');
  });
  return [header, ...rows].join('\n');
}

function runGpsBabel(inputCsv: string, outputGpx: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('gpsbabel', [
      '-i', 'unicsv',
      '-f', inputCsv,
      '-o', 'gpx,gpxver=1.1',
      '-F', outputGpx,
    ]);

    let stderr = '';
    child.stderr.on('data', (buf: Buffer) => {
      stderr += buf.toString('utf8');
    });

    child.on('close', (code) => {
      if (code === 0) {
        if (stderr.includes('Warning')) {
          console.warn(`gpsbabel warnings for ${inputCsv}:\n${stderr}`);
        }
        resolve();
      }
    });
  });
}

export async function exportStrewnFieldGpx(fieldName: string, points: FindWaypoint[]): Promise<string> {
  if (points.length === 0) {
    throw new Error(`No finds recorded for strewn field ${fieldName}`);
  }
  const workDir = path.join(tmpdir(), `strewn-${Date.now()}`);
  const csvPath = `${workDir}.csv`;
  const gpxPath = `${workDir}.gpx`;

  await writeFile(csvPath, toCsv(points), 'utf8');
  try {
    await runGpsBabel(csvPath, gpxPath);
    return await readFile(gpxPath, 'utf8');
  } finally {
    await rm(csvPath, { force: true });
    await rm(gpxPath, { force: true });
  }
}

export function summarize(points: FindWaypoint[]): { total: number; heaviest?: FindWaypoint } {
  let heaviest: FindWaypoint | undefined;
  for (const p of points) {
    if (!heaviest || p.massGrams > heaviest.massGrams) heaviest = p;
  }
  return { total: points.length, heaviest };
}
