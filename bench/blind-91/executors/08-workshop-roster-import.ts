// expect: none
// The async 'close' callback wraps its await in try/catch so both outcomes settle, and a failed flag stops it from settling again after a read error already rejected (rl.close() in the error path emits 'close').
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Attendee {
  email: string;
  name: string;
  level: 'novice' | 'intermediate' | 'advanced';
  bringsOwnPicks: boolean;
}

export interface ImportSummary {
  inserted: number;
  skipped: Array<{ line: number; reason: string }>;
}

declare const db: {
  upsertAttendees(workshopId: string, rows: Attendee[]): Promise<number>;
};

const LEVELS = new Set(['novice', 'intermediate', 'advanced']);

function parseRow(raw: string): Attendee | string {
  const cols = raw.split(',').map((c) => c.trim());
  if (cols.length < 4) return `expected 4 columns, got ${cols.length}`;
  const [email, name, level, picks] = cols;
  if (!email.includes('@')) return `invalid email "${email}"`;
  if (!LEVELS.has(level)) return `unknown level "${level}"`;
  return {
    email: email.toLowerCase(),
    name,
    level: level as Attendee['level'],
    bringsOwnPicks: /^(y|yes|true|1)$/i.test(picks),
  };
}

export function importRoster(workshopId: string, csvPath: string): Promise<ImportSummary> {
  return new Promise<ImportSummary>((resolve, reject) => {
    const input = createReadStream(csvPath, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });

    const rows: Attendee[] = [];
    const skipped: ImportSummary['skipped'] = [];
    let lineNo = 0;
    let failed = false;

    // readline re-emits input stream errors (ENOENT, EACCES…) on the interface
    rl.once('error', (err) => {
      failed = true;
      rl.close();
      reject(new Error(`cannot read roster ${csvPath}: ${err.message}`));
    });

    rl.on('line', (raw) => {
      lineNo++;
      if (lineNo === 1 || raw.trim() === '') return; // header / blank
      const parsed = parseRow(raw);
      if (typeof parsed === 'string') skipped.push({ line: lineNo, reason: parsed });
      else rows.push(parsed);
    });

    rl.once('close', async () => {
      if (failed) return;
      try {
        const inserted = rows.length === 0 ? 0 : await db.upsertAttendees(workshopId, rows);
        resolve({ inserted, skipped });
      } catch (err) {
        reject(err);
      }
    });
  });
}

export async function importAll(workshops: Record<string, string>): Promise<Map<string, ImportSummary>> {
  const out = new Map<string, ImportSummary>();
  for (const [workshopId, csvPath] of Object.entries(workshops)) {
    const summary = await importRoster(workshopId, csvPath);
    if (summary.skipped.length > 0) {
      console.warn(`${workshopId}: skipped ${summary.skipped.length} row(s)`);
    }
    out.set(workshopId, summary);
  }
  return out;
}
