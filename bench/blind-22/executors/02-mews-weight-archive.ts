// expect: none
// Each callback returns right after reject, and JSON parsing is wrapped so a bad archive rejects instead of throwing inside the callback.
import { readFile, writeFile } from 'node:fs';
import { gunzip, gzip } from 'node:zlib';
import { join } from 'node:path';

export interface WeighIn {
  bird: string;
  species: 'harris hawk' | 'peregrine' | 'barn owl' | 'kestrel';
  grams: number;
  takenAt: string;
  fedGrams?: number;
}

export interface DailyArchive {
  date: string;
  mews: string;
  entries: WeighIn[];
}

const ARCHIVE_DIR = process.env.MEWS_ARCHIVE_DIR ?? '/var/lib/mews/weights';

function archivePath(date: string): string {
  return join(ARCHIVE_DIR, `${date}.json.gz`);
}

export function loadArchive(date: string): Promise<DailyArchive> {
  return new Promise<DailyArchive>((resolve, reject) => {
    readFile(archivePath(date), (readErr, compressed) => {
      if (readErr) {
        reject(readErr);
        return;
      }
      gunzip(compressed, (zipErr, raw) => {
        if (zipErr) {
          reject(zipErr);
          return;
        }
        try {
          const parsed = JSON.parse(raw.toString('utf8')) as DailyArchive;
          if (!Array.isArray(parsed.entries)) {
            throw new Error(`archive ${date} has no entries array`);
          }
          resolve(parsed);
        } catch (err) {
          reject(err);
        }
      });
    });
  });
}

export function saveArchive(archive: DailyArchive): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    gzip(JSON.stringify(archive), (zipErr, compressed) => {
      if (zipErr) return reject(zipErr);
      writeFile(archivePath(archive.date), compressed, (writeErr) => {
        if (writeErr) return reject(writeErr);
        resolve();
      });
    });
  });
}

export async function flyingWeightTrend(bird: string, dates: string[]): Promise<number[]> {
  const archives = await Promise.all(dates.map((d) => loadArchive(d).catch(() => null)));
  return archives.flatMap((a) => (a ? a.entries.filter((e) => e.bird === bird).map((e) => e.grams) : []));
}
