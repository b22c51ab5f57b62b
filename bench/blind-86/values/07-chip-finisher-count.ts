// expect: none
// The counters are written in the 'line' callback, but they are read only after `await once(rl, 'close')`, when every line has been delivered.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface FinishSummary {
  finishers: number;
  dnf: number;
  fastestMs: number | null;
  byWave: Record<string, number>;
}

function parseChipTime(s: string): number | null {
  // h:mm:ss.t
  const m = /^(\d+):(\d{2}):(\d{2})(?:\.(\d))?$/.exec(s.trim());
  if (!m) return null;
  return ((+m[1] * 60 + +m[2]) * 60 + +m[3]) * 1000 + (m[4] ? +m[4] * 100 : 0);
}

export async function summariseResults(csvPath: string): Promise<FinishSummary> {
  const rl = createInterface({ input: createReadStream(csvPath), crlfDelay: Infinity });

  let header: string[] | null = null;
  let finishers = 0;
  let dnf = 0;
  let fastestMs: number | null = null;
  const byWave: Record<string, number> = {};

  rl.on('line', (line) => {
    const cols = line.split(',');
    if (!header) {
      header = cols;
      return;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, cols[i] ?? '']));
    const ms = parseChipTime(row.chip_time ?? '');
    if (ms === null || row.status === 'DNF') {
      dnf++;
      return;
    }
    finishers++;
    byWave[row.wave || 'unassigned'] = (byWave[row.wave || 'unassigned'] ?? 0) + 1;
    if (fastestMs === null || ms < fastestMs) fastestMs = ms;
  });

  await once(rl, 'close');

  return { finishers, dnf, fastestMs, byWave };
}

export function formatSummary(s: FinishSummary): string {
  const fastest =
    s.fastestMs === null ? 'n/a' : new Date(s.fastestMs).toISOString().slice(11, 21);
  const waves = Object.entries(s.byWave)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([w, n]) => `${w}: ${n}`)
    .join(', ');
  return `${s.finishers} finishers, ${s.dnf} DNF, fastest ${fastest} (${waves})`;
}
