// expect: none
// The byte and record counters are written in 'data'/'line' handlers and read only inside the later 'close' handler; the executor also rejects on 'error'.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface HopperEvent {
  feederId: string;
  at: number;
  grams: number;
  kind: 'refill' | 'dispense' | 'spill';
}

export interface HopperAudit {
  feederId: string;
  refilledGrams: number;
  dispensedGrams: number;
  spilledGrams: number;
  discrepancyGrams: number;
  bytesRead: number;
  badLines: number;
}

declare const feederRegistry: {
  capacityGrams(feederId: string): number;
  levelAtMidnight(feederId: string, day: string): number;
};

function parseEvent(line: string): HopperEvent | null {
  const parts = line.split('\t');
  if (parts.length !== 4) return null;
  const [feederId, at, grams, kind] = parts;
  if (kind !== 'refill' && kind !== 'dispense' && kind !== 'spill') return null;
  const g = Number(grams);
  return Number.isFinite(g) ? { feederId, at: Number(at), grams: g, kind } : null;
}

export function auditHopperLog(path: string, feederId: string, day: string, closingLevelGrams: number): Promise<HopperAudit> {
  return new Promise<HopperAudit>((resolve, reject) => {
    const input = createReadStream(path, 'utf8');
    const rl = createInterface({ input, crlfDelay: Infinity });
    let bytesRead = 0;
    let badLines = 0;
    const totals = { refill: 0, dispense: 0, spill: 0 };

    input.on('data', (chunk) => {
      bytesRead += Buffer.byteLength(chunk);
    });

    rl.on('line', (line) => {
      const event = parseEvent(line);
      if (!event) {
        badLines += 1;
        return;
      }
      if (event.feederId === feederId) {
        totals[event.kind] += event.grams;
      }
    });

    let failed = false;
    rl.on('error', (err) => {
      failed = true;
      rl.close();
      reject(err);
    });

    rl.on('close', () => {
      if (failed) {
        return;
      }
      const opening = feederRegistry.levelAtMidnight(feederId, day);
      const expected = opening + totals.refill - totals.dispense - totals.spill;
      resolve({
        feederId,
        refilledGrams: totals.refill,
        dispensedGrams: totals.dispense,
        spilledGrams: totals.spill,
        discrepancyGrams: Math.round(closingLevelGrams - expected),
        bytesRead,
        badLines,
      });
    });
  });
}

export function flagAudit(audit: HopperAudit): string[] {
  const flags: string[] = [];
  const capacity = feederRegistry.capacityGrams(audit.feederId);
  if (Math.abs(audit.discrepancyGrams) > capacity * 0.05) flags.push('level discrepancy over 5% of capacity');
  if (audit.spilledGrams > audit.dispensedGrams * 0.1) flags.push('spillage above 10% of dispensed food');
  if (audit.badLines > 0) flags.push(`${audit.badLines} unreadable log lines`);
  return flags;
}
