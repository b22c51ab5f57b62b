// expect: none
// rl.on('line') only collects rows; the promise is settled once, from rl 'close' or the input stream's 'error' (which also closes rl, guarded by the failed flag).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface RosterRow {
  jersey: number;
  name: string;
  position: 'attack' | 'midfield' | 'defense' | 'goalie';
  birthYear: number;
}

export interface ImportReport {
  rows: RosterRow[];
  rejected: Array<{ line: number; reason: string }>;
}

const POSITIONS = new Set(['attack', 'midfield', 'defense', 'goalie']);

function parseRow(line: string): RosterRow | string {
  const [jersey, name, position, birthYear] = line.split(',').map((c) => c.trim());
  if (!name) return 'missing name';
  if (!POSITIONS.has(position)) return `unknown position "${position}"`;
  const n = Number(jersey);
  if (!Number.isInteger(n) || n < 0 || n > 99) return `bad jersey "${jersey}"`;
  return { jersey: n, name, position: position as RosterRow['position'], birthYear: Number(birthYear) };
}

export function readRoster(path: string): Promise<ImportReport> {
  return new Promise<ImportReport>((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const report: ImportReport = { rows: [], rejected: [] };
    let lineNo = 0;
    let failed = false;

    rl.on('line', (line) => {
      lineNo++;
      if (lineNo === 1 || !line.trim()) return; // header / blank
      const parsed = parseRow(line);
      if (typeof parsed === 'string') report.rejected.push({ line: lineNo, reason: parsed });
      else report.rows.push(parsed);
    });

    input.once('error', (err) => {
      failed = true;
      rl.close();
      reject(err);
    });

    rl.once('close', () => {
      if (!failed) resolve(report);
    });
  });
}

declare const clubDb: {
  upsertPlayer(teamId: string, row: RosterRow): Promise<void>;
};

export async function importRoster(teamId: string, path: string): Promise<ImportReport> {
  const report = await readRoster(path);
  const jerseys = new Set<number>();
  for (const row of report.rows) {
    if (jerseys.has(row.jersey)) {
      report.rejected.push({ line: -1, reason: `duplicate jersey ${row.jersey} (${row.name})` });
      continue;
    }
    jerseys.add(row.jersey);
    await clubDb.upsertPlayer(teamId, row);
  }
  return report;
}
