// expect: no-multiple-settle
// After reject(err) for a non-ENOENT read error the callback falls through to resolve(parseTimetable(...)), settling twice.
import { readFile, writeFile } from 'node:fs';
import { join } from 'node:path';

export interface Departure {
  terminal: string;
  time: string; // HH:MM local
  vessel: string;
  vehicleDeck: boolean;
}

export interface Timetable {
  route: string;
  validFrom: string;
  departures: Departure[];
}

declare const cacheDir: string;
declare function downloadTimetable(route: string): Promise<Timetable>;

function cachePath(route: string): string {
  return join(cacheDir, `${route.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.json`);
}

function emptyTimetable(route: string): Timetable {
  return { route, validFrom: '1970-01-01', departures: [] };
}

function parseTimetable(route: string, text: string): Timetable {
  const raw = JSON.parse(text) as Partial<Timetable>;
  if (raw.route !== route || !Array.isArray(raw.departures)) {
    throw new Error(`cached timetable for ${route} is malformed`);
  }
  return { route, validFrom: raw.validFrom ?? '1970-01-01', departures: raw.departures };
}

function readCachedTimetable(route: string): Promise<Timetable> {
  return new Promise<Timetable>((resolve, reject) => {
    readFile(cachePath(route), 'utf8', (err, text) => {
      if (err) {
        if (err.code === 'ENOENT') {
          resolve(emptyTimetable(route));
          return;
        }
        reject(err);
      }
      resolve(parseTimetable(route, text));
    });
  });
}

function writeCachedTimetable(timetable: Timetable): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    writeFile(cachePath(timetable.route), JSON.stringify(timetable), 'utf8', (err) => {
      if (err) {
        reject(err);
        return;
      }
      resolve();
    });
  });
}

function isStale(timetable: Timetable, today: string): boolean {
  return timetable.departures.length === 0 || timetable.validFrom < today.slice(0, 7) + '-01';
}

export async function getTimetable(route: string, today: string): Promise<Timetable> {
  const cached = await readCachedTimetable(route);
  if (!isStale(cached, today)) {
    return cached;
  }
  const fresh = await downloadTimetable(route);
  await writeCachedTimetable(fresh);
  return fresh;
}

export function nextDepartures(timetable: Timetable, terminal: string, now: string, count = 3): Departure[] {
  return timetable.departures
    .filter((d) => d.terminal === terminal && d.time >= now)
    .sort((a, b) => a.time.localeCompare(b.time))
    .slice(0, count);
}
