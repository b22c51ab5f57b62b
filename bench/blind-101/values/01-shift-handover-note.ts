// expect: none
// Every async lookup is awaited before its value is interpolated, serialised or compared (the template literals, the JSON payload and the humidity check all see resolved numbers and strings), so no promise is used as a value.
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';

export interface WeatherStation {
  relativeHumidity(): Promise<number>;
  windKph(): Promise<number>;
}

export interface Logbook {
  openSightings(): Promise<Array<{ bearing: number; note: string }>>;
  lastObserver(): Promise<string>;
}

export interface HandoverNote {
  tower: string;
  outgoing: string;
  incoming: string;
  humidity: number;
  windKph: number;
  redFlag: boolean;
  sightings: string[];
}

const RED_FLAG_HUMIDITY = 15;
const RED_FLAG_WIND = 40;

export async function buildHandover(
  tower: string,
  incoming: string,
  station: WeatherStation,
  logbook: Logbook,
): Promise<HandoverNote> {
  const humidity = await station.relativeHumidity();
  const windKph = await station.windKph();
  const sightings = (await logbook.openSightings()).map((s) => `${String(s.bearing).padStart(3, '0')}° ${s.note}`);

  return {
    tower,
    outgoing: await logbook.lastObserver(),
    incoming,
    humidity,
    windKph,
    redFlag: humidity <= RED_FLAG_HUMIDITY && windKph >= RED_FLAG_WIND,
    sightings,
  };
}

export function formatHandover(note: HandoverNote): string {
  const lines = [
    `${note.tower} handover: ${note.outgoing} -> ${note.incoming}`,
    `RH ${note.humidity}%  wind ${note.windKph} km/h${note.redFlag ? '  ** RED FLAG CONDITIONS **' : ''}`,
    note.sightings.length ? 'Open sightings:' : 'No open sightings.',
    ...note.sightings.map((s) => `  - ${s}`),
  ];
  return lines.join('\n');
}

export async function writeHandover(
  path: string,
  tower: string,
  incoming: string,
  station: WeatherStation,
  logbook: Logbook,
): Promise<void> {
  const note = await buildHandover(tower, incoming, station, logbook);
  const previous = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return '';
    throw err;
  });
  const record = JSON.stringify({ ...note, host: hostname(), writtenAt: new Date().toISOString() });
  await writeFile(path, `${previous}${record}\n`);
  console.log(formatHandover(note));
  if (note.redFlag) console.log(`Red flag at ${note.tower}: RH ${note.humidity}% with ${note.windKph} km/h wind`);
}
