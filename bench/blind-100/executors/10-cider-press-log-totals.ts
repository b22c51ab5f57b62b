// expect: none
// The 'line' events fire many times but only accumulate; the promise settles once on readline 'close' or on the input stream's 'error', and the error path closes the interface and returns so it cannot resolve afterwards.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface PressTotals {
  member: string;
  litres: number;
  bushels: number;
  pressings: number;
}

export interface LogSummary {
  byMember: Map<string, PressTotals>;
  skippedLines: number;
  firstPressing?: string;
  lastPressing?: string;
}

// 2024-10-05T09:12:00Z;Hartley Orchard;14.5 bu;212 L
const LINE = /^(\S+);([^;]+);([\d.]+) bu;([\d.]+) L$/;

export function summarizePressLog(path: string): Promise<LogSummary> {
  return new Promise<LogSummary>((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const summary: LogSummary = { byMember: new Map(), skippedLines: 0 };
    let failed = false;

    rl.on('line', (line) => {
      if (!line.trim() || line.startsWith('#')) return;
      const m = LINE.exec(line);
      if (!m) {
        summary.skippedLines += 1;
        return;
      }
      const [, at, member, bushels, litres] = m;
      const totals = summary.byMember.get(member) ?? { member, litres: 0, bushels: 0, pressings: 0 };
      totals.litres += Number(litres);
      totals.bushels += Number(bushels);
      totals.pressings += 1;
      summary.byMember.set(member, totals);
      summary.firstPressing ??= at;
      summary.lastPressing = at;
    });

    input.once('error', (err) => {
      failed = true;
      rl.close();
      reject(err);
    });

    rl.once('close', () => {
      if (failed) return;
      resolve(summary);
    });
  });
}

export function yieldPerBushel(t: PressTotals): number {
  return t.bushels === 0 ? 0 : Math.round((t.litres / t.bushels) * 10) / 10;
}

export function topMembers(summary: LogSummary, n: number): PressTotals[] {
  return [...summary.byMember.values()].sort((a, b) => b.litres - a.litres).slice(0, n);
}
