// expect: no-multiple-settle
// writeCsv resolves on the stream's 'finish' but never listens for 'error', so a failed open or write leaves the promise pending forever.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

export type VoicePart = 'soprano' | 'alto' | 'tenor' | 'bass';

export interface Rehearsal {
  date: string;
  startsAt: string;
  endsAt: string;
  room: string;
  parts: VoicePart[];
  repertoire: string[];
}

export interface Singer {
  name: string;
  part: VoicePart;
  email: string;
  unavailable: string[];
}

declare const roster: {
  singers(): Promise<Singer[]>;
  rehearsals(season: string): Promise<Rehearsal[]>;
};

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function toRow(cells: string[]): string {
  return cells.map(csvCell).join(',') + '\n';
}

function writeCsv(path: string, header: string[], rows: string[][]): Promise<number> {
  return new Promise<number>((resolve) => {
    const out = createWriteStream(path, { encoding: 'utf8' });
    let lines = 0;
    out.on('finish', () => resolve(lines));
    out.write(toRow(header));
    for (const row of rows) {
      out.write(toRow(row));
      lines++;
    }
    out.end();
  });
}

function expectedSingers(rehearsal: Rehearsal, singers: Singer[]): Singer[] {
  return singers.filter(
    (s) => rehearsal.parts.includes(s.part) && !s.unavailable.includes(rehearsal.date),
  );
}

export async function exportSeason(season: string, outDir: string): Promise<{ schedule: number; attendance: number }> {
  const [rehearsals, singers] = await Promise.all([roster.rehearsals(season), roster.singers()]);
  rehearsals.sort((a, b) => (a.date + a.startsAt).localeCompare(b.date + b.startsAt));

  const scheduleRows = rehearsals.map((r) => [
    r.date,
    r.startsAt,
    r.endsAt,
    r.room,
    r.parts.join('/'),
    r.repertoire.join('; '),
  ]);

  const attendanceRows: string[][] = [];
  for (const rehearsal of rehearsals) {
    const expected = expectedSingers(rehearsal, singers);
    for (const part of rehearsal.parts) {
      const count = expected.filter((s) => s.part === part).length;
      attendanceRows.push([rehearsal.date, part, String(count), count < 3 ? 'THIN' : 'ok']);
    }
  }

  const schedule = await writeCsv(
    join(outDir, `${season}-schedule.csv`),
    ['date', 'start', 'end', 'room', 'parts', 'repertoire'],
    scheduleRows,
  );
  const attendance = await writeCsv(
    join(outDir, `${season}-attendance.csv`),
    ['date', 'part', 'expected', 'flag'],
    attendanceRows,
  );
  return { schedule, attendance };
}
