// expect: require-signal-propagation
// exportClimateHistory forwards options.signal to listRooms and writeFile but not to the per-room readings call, which accepts one, so a cancelled export keeps downloading.
import { writeFile } from 'node:fs/promises';

export interface GrowRoom {
  id: string;
  name: string;
  species: 'oyster' | 'shiitake' | 'lions-mane' | 'king-oyster';
}

export interface ClimateReading {
  at: string;
  rh: number;
  co2ppm: number;
  airTempC: number;
}

export interface ClimateApi {
  listRooms(opts?: { signal?: AbortSignal }): Promise<GrowRoom[]>;
  readings(roomId: string, range: { from: Date; to: Date }, opts?: { signal?: AbortSignal }): Promise<ClimateReading[]>;
}

export interface ExportOptions {
  signal?: AbortSignal;
  species?: GrowRoom['species'];
}

function csvLine(room: GrowRoom, r: ClimateReading): string {
  return [room.id, room.species, r.at, r.rh.toFixed(1), String(r.co2ppm), r.airTempC.toFixed(2)].join(',');
}

export async function exportClimateHistory(
  api: ClimateApi,
  range: { from: Date; to: Date },
  outPath: string,
  options: ExportOptions = {},
): Promise<{ rooms: number; rows: number }> {
  const { signal, species } = options;
  const rooms = (await api.listRooms({ signal })).filter((r) => !species || r.species === species);

  const lines = ['room,species,at,rh,co2_ppm,air_temp_c'];
  for (const room of rooms) {
    signal?.throwIfAborted();
    const readings = await api.readings(room.id, range);
    for (const reading of readings) lines.push(csvLine(room, reading));
  }

  await writeFile(outPath, lines.join('\n') + '\n', { encoding: 'utf8', signal });
  return { rooms: rooms.length, rows: lines.length - 1 };
}

export function dailyRanges(from: Date, days: number): Array<{ from: Date; to: Date }> {
  const out: Array<{ from: Date; to: Date }> = [];
  for (let i = 0; i < days; i++) {
    const start = new Date(from.getTime() + i * 86_400_000);
    out.push({ from: start, to: new Date(start.getTime() + 86_400_000 - 1) });
  }
  return out;
}
