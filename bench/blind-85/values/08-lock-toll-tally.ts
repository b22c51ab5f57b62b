// expect: no-read-before-settle
// tallyTolls() returns totals and perBoat right after attaching the 'line' listener, before readline has delivered any line, so the CLI always reports zero passages and €0.00.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface Passage {
  boat: string;
  lengthM: number;
  lock: string;
  direction: 'up' | 'down';
  at: string;
}

export interface TollTally {
  passages: number;
  totalEur: number;
  rejected: number;
  perBoat: Map<string, number>;
}

const BASE_TOLL_EUR = 6;
const PER_METRE_EUR = 0.45;

export function tollFor(p: Passage): number {
  const lengthCharge = Math.max(0, p.lengthM - 7) * PER_METRE_EUR;
  return Math.round((BASE_TOLL_EUR + lengthCharge) * 100) / 100;
}

function parsePassage(line: string): Passage | null {
  const [boat, length, lock, direction, at] = line.split(';');
  const lengthM = Number(length);
  if (!boat || !lock || !Number.isFinite(lengthM)) return null;
  if (direction !== 'up' && direction !== 'down') return null;
  return { boat, lengthM, lock, direction, at };
}

export function tallyTolls(input: Readable): TollTally {
  const rl = createInterface({ input, crlfDelay: Infinity });
  const perBoat = new Map<string, number>();
  let passages = 0;
  let totalEur = 0;
  let rejected = 0;

  rl.on('line', (line) => {
    if (!line.trim() || line.startsWith('#')) return;
    const p = parsePassage(line);
    if (!p) {
      rejected++;
      return;
    }
    const toll = tollFor(p);
    passages++;
    totalEur += toll;
    perBoat.set(p.boat, (perBoat.get(p.boat) ?? 0) + toll);
  });

  return { passages, totalEur: Math.round(totalEur * 100) / 100, rejected, perBoat };
}

export function formatTally(t: TollTally): string {
  const lines = [`${t.passages} passages, €${t.totalEur.toFixed(2)} in tolls (${t.rejected} unreadable lines)`];
  const top = [...t.perBoat].sort((a, b) => b[1] - a[1]).slice(0, 10);
  for (const [boat, eur] of top) lines.push(`  ${boat.padEnd(24)} €${eur.toFixed(2)}`);
  return lines.join('\n');
}

export function main(): void {
  const tally = tallyTolls(process.stdin);
  process.stdout.write(formatTally(tally) + '\n');
  if (tally.rejected > 0) process.exitCode = 2;
}
