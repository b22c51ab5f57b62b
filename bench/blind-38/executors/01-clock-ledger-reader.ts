// expect: no-multiple-settle
// readLedgerFile rejects on a read error but does not return, so it then goes on to the parse-and-resolve path as well.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export type Movement = 'fusee' | 'going-barrel' | 'weight-driven';

export interface LedgerEntry {
  ticket: string;
  movement: Movement;
  maker: string;
  escapement: string;
  receivedOn: string;
  quotedHours: number;
}

declare const workshopConfig: {
  ledgerDir: string;
  encoding: BufferEncoding;
  hourlyRate: number;
};

const MOVEMENTS: ReadonlySet<string> = new Set<Movement>(['fusee', 'going-barrel', 'weight-driven']);

function parseLine(line: string, lineNo: number): LedgerEntry {
  const [ticket, movement, maker, escapement, receivedOn, hours] = line.split('|').map((s) => s.trim());
  if (!ticket || !MOVEMENTS.has(movement)) {
    throw new Error(`ledger line ${lineNo}: unknown movement "${movement}"`);
  }
  const quotedHours = Number(hours);
  if (!Number.isFinite(quotedHours) || quotedHours <= 0) {
    throw new Error(`ledger line ${lineNo}: bad quote "${hours}"`);
  }
  return { ticket, movement: movement as Movement, maker, escapement, receivedOn, quotedHours };
}

export function parseLedger(raw: string): LedgerEntry[] {
  return raw
    .split(/\r?\n/)
    .map((line, i) => ({ line, lineNo: i + 1 }))
    .filter(({ line }) => line.trim() !== '' && !line.startsWith('#'))
    .map(({ line, lineNo }) => parseLine(line, lineNo));
}

export function readLedgerFile(year: number): Promise<LedgerEntry[]> {
  const file = join(workshopConfig.ledgerDir, `repairs-${year}.ledger`);
  return new Promise((resolve, reject) => {
    readFile(file, workshopConfig.encoding, (err, data) => {
      if (err) {
        reject(new Error(`cannot read ledger ${file}: ${err.message}`));
      }
      try {
        resolve(parseLedger(data));
      } catch (parseErr) {
        reject(parseErr);
      }
    });
  });
}

export interface MakerBacklog {
  maker: string;
  clocks: number;
  hours: number;
  estimate: number;
}

export function backlogByMaker(entries: readonly LedgerEntry[]): MakerBacklog[] {
  const byMaker = new Map<string, MakerBacklog>();
  for (const entry of entries) {
    const row = byMaker.get(entry.maker) ?? { maker: entry.maker, clocks: 0, hours: 0, estimate: 0 };
    row.clocks += 1;
    row.hours += entry.quotedHours;
    row.estimate = Math.round(row.hours * workshopConfig.hourlyRate);
    byMaker.set(entry.maker, row);
  }
  return [...byMaker.values()].sort((a, b) => b.hours - a.hours);
}

export async function openBacklog(years: readonly number[]): Promise<MakerBacklog[]> {
  const ledgers = await Promise.all(years.map((year) => readLedgerFile(year)));
  const fuseeFirst = ledgers
    .flat()
    .sort((a, b) => Number(b.movement === 'fusee') - Number(a.movement === 'fusee'));
  return backlogByMaker(fuseeFirst);
}
