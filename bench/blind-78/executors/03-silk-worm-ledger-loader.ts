// expect: no-multiple-settle
// On ENOENT the callback resolves an empty ledger but falls through to reject(err), settling the promise a second time.
import { readFile } from 'node:fs';
import * as path from 'node:path';

export interface FeedingEntry {
  trayId: string;
  instar: 1 | 2 | 3 | 4 | 5;
  mulberryGrams: number;
  fedAt: string;
}

export interface FeedingLedger {
  shed: string;
  entries: FeedingEntry[];
  lastFedByTray: Map<string, string>;
}

declare const farmConfig: { ledgerDir: string; sheds: string[] };
declare const log: { warn(msg: string, meta?: object): void; info(msg: string, meta?: object): void };

function emptyLedger(shed: string): FeedingLedger {
  return { shed, entries: [], lastFedByTray: new Map() };
}

function parseLedger(shed: string, text: string): FeedingLedger {
  const ledger = emptyLedger(shed);
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [trayId, instar, grams, fedAt] = line.split(',');
    const stage = Number(instar);
    if (stage < 1 || stage > 5) {
      log.warn('skipping ledger row with invalid instar', { shed, line });
      continue;
    }
    const entry: FeedingEntry = {
      trayId,
      instar: stage as FeedingEntry['instar'],
      mulberryGrams: Number(grams),
      fedAt,
    };
    ledger.entries.push(entry);
    const previous = ledger.lastFedByTray.get(trayId);
    if (!previous || previous < fedAt) ledger.lastFedByTray.set(trayId, fedAt);
  }
  return ledger;
}

export function loadLedger(shed: string): Promise<FeedingLedger> {
  const file = path.join(farmConfig.ledgerDir, `${shed}.csv`);
  return new Promise<FeedingLedger>((resolve, reject) => {
    readFile(file, 'utf8', (err, text) => {
      if (err) {
        if (err.code === 'ENOENT') {
          log.info('no ledger yet for shed, starting fresh', { shed });
          resolve(emptyLedger(shed));
        }
        reject(err);
        return;
      }
      try {
        resolve(parseLedger(shed, text));
      } catch (parseError) {
        reject(parseError);
      }
    });
  });
}

export async function traysOverdue(now: Date, maxGapHours = 4): Promise<string[]> {
  const overdue: string[] = [];
  for (const shed of farmConfig.sheds) {
    const ledger = await loadLedger(shed);
    for (const [trayId, fedAt] of ledger.lastFedByTray) {
      const gapHours = (now.getTime() - Date.parse(fedAt)) / 3_600_000;
      if (gapHours > maxGapHours) overdue.push(`${shed}/${trayId}`);
    }
  }
  return overdue.sort();
}

export async function totalMulberryByInstar(shed: string): Promise<Record<number, number>> {
  const ledger = await loadLedger(shed);
  const totals: Record<number, number> = {};
  for (const entry of ledger.entries) {
    totals[entry.instar] = (totals[entry.instar] ?? 0) + entry.mulberryGrams;
  }
  return totals;
}
