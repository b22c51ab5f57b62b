// expect: none
// The totals written by the 'data' listener are read only after `await finished(records)`, which resolves once the stream has ended, so every wagon record has been counted before the tally is returned.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';

export interface WagonMovement {
  wagon: string;
  kind: string;
  loaded: boolean;
  netTonnes: number;
  siding: string;
}

export interface YardTally {
  movements: number;
  loaded: number;
  empty: number;
  tonnesBySiding: Map<string, number>;
  rejectedLines: number;
}

export async function tallyMovements(logPath: string): Promise<YardTally> {
  const lines = createInterface({ input: createReadStream(logPath, 'utf8'), crlfDelay: Infinity });
  const records = Readable.from(lines);

  const tally: YardTally = { movements: 0, loaded: 0, empty: 0, tonnesBySiding: new Map(), rejectedLines: 0 };

  records.on('data', (line: string) => {
    if (!line.trim()) return;
    let m: WagonMovement;
    try {
      m = JSON.parse(line) as WagonMovement;
    } catch {
      tally.rejectedLines += 1;
      return;
    }
    tally.movements += 1;
    if (m.loaded) tally.loaded += 1;
    else tally.empty += 1;
    tally.tonnesBySiding.set(m.siding, (tally.tonnesBySiding.get(m.siding) ?? 0) + (m.loaded ? m.netTonnes : 0));
  });

  await finished(records);
  return tally;
}

export function formatTally(t: YardTally): string {
  const sidings = [...t.tonnesBySiding]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([siding, tonnes]) => `  ${siding.padEnd(10)} ${tonnes.toFixed(1)} t`);
  return [
    `movements: ${t.movements} (${t.loaded} loaded, ${t.empty} empty)`,
    ...sidings,
    t.rejectedLines ? `rejected lines: ${t.rejectedLines}` : 'rejected lines: none',
  ].join('\n');
}
