// expect: no-multiple-settle
// In decompress, reject(err) does not return, so the callback falls through to out.toString() on an undefined result and throws an uncaught TypeError.
import { gunzip, gzip } from 'node:zlib';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type VehicleClass = 'none' | 'car' | 'van' | 'truck' | 'motorcycle';

export interface ManifestEntry {
  ticketId: string;
  passengerName: string;
  vehicleClass: VehicleClass;
  deck: number;
  boardedAt?: string;
}

export interface SailingManifest {
  sailingId: string;
  route: string;
  departure: string;
  vessel: string;
  entries: ManifestEntry[];
}

const ARCHIVE_ROOT = process.env.MANIFEST_ARCHIVE_DIR ?? '/var/lib/ferry/manifests';

function archivePath(sailingId: string): string {
  // sailing ids look like 20240611-KIR-0915
  const [date] = sailingId.split('-');
  return path.join(ARCHIVE_ROOT, date || 'undated', `${sailingId}.json.gz`);
}

function compress(manifest: SailingManifest): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    gzip(JSON.stringify(manifest), { level: 9 }, (err, out) => {
      if (err) return reject(err);
      resolve(out);
    });
  });
}

function decompress(buf: Buffer, label: string): Promise<SailingManifest> {
  return new Promise((resolve, reject) => {
    gunzip(buf, (err, out) => {
      if (err) {
        reject(new Error(`manifest ${label} is not valid gzip: ${err.message}`));
      }
      const text = out.toString('utf8');
      try {
        resolve(JSON.parse(text) as SailingManifest);
      } catch (parseErr) {
        reject(parseErr);
      }
    });
  });
}

export async function archiveManifest(manifest: SailingManifest): Promise<string> {
  const file = archivePath(manifest.sailingId);
  await mkdir(path.dirname(file), { recursive: true });
  const body = await compress(manifest);
  await writeFile(file, body, { mode: 0o640 });
  return file;
}

export async function loadManifest(sailingId: string): Promise<SailingManifest | null> {
  let raw: Buffer;
  try {
    raw = await readFile(archivePath(sailingId));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  return decompress(raw, sailingId);
}

export interface BoardingSummary {
  booked: number;
  boarded: number;
  noShows: string[];
  vehicles: Record<VehicleClass, number>;
}

export async function summarizeSailing(sailingId: string): Promise<BoardingSummary | null> {
  const manifest = await loadManifest(sailingId);
  if (!manifest) return null;

  const vehicles: Record<VehicleClass, number> = { none: 0, car: 0, van: 0, truck: 0, motorcycle: 0 };
  const noShows: string[] = [];
  let boarded = 0;

  for (const entry of manifest.entries) {
    vehicles[entry.vehicleClass] += 1;
    if (entry.boardedAt) boarded += 1;
    else noShows.push(entry.ticketId);
  }

  return { booked: manifest.entries.length, boarded, noShows, vehicles };
}
