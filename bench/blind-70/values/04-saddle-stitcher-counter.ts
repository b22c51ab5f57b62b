// expect: no-read-before-settle
// bug: the counters are filled in by readline 'line' events, but the summary is returned synchronously right after the listeners are attached, before any line can have been read.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface StitchSummary {
  machine: string;
  booklets: number;
  staples: number;
  misfeeds: number;
  wireChanges: number;
  firstEventAt: string | undefined;
  lastEventAt: string | undefined;
}

export interface StitchLogLine {
  at: string;
  kind: 'BOOKLET' | 'MISFEED' | 'WIRE' | 'HEAD';
  staples?: number;
}

export function parseLine(raw: string): StitchLogLine | undefined {
  const match = /^(\S+)\s+(BOOKLET|MISFEED|WIRE|HEAD)(?:\s+staples=(\d+))?/.exec(raw.trim());
  if (!match) {
    return undefined;
  }
  return {
    at: match[1],
    kind: match[2] as StitchLogLine['kind'],
    staples: match[3] ? Number(match[3]) : undefined,
  };
}

export function summariseStitchLog(machine: string, logPath: string): StitchSummary {
  let booklets = 0;
  let staples = 0;
  let misfeeds = 0;
  let wireChanges = 0;
  let firstEventAt: string | undefined;
  let lastEventAt: string | undefined;

  const input = createReadStream(logPath, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });

  lines.on('line', (raw) => {
    const entry = parseLine(raw);
    if (!entry) return;
    firstEventAt ??= entry.at;
    lastEventAt = entry.at;
    switch (entry.kind) {
      case 'BOOKLET':
        booklets += 1;
        staples += entry.staples ?? 2;
        break;
      case 'MISFEED':
        misfeeds += 1;
        break;
      case 'WIRE':
        wireChanges += 1;
        break;
      default:
        break;
    }
  });

  input.on('error', (err) => {
    console.error(`stitch log ${logPath} unreadable: ${err.message}`);
    lines.close();
  });

  return { machine, booklets, staples, misfeeds, wireChanges, firstEventAt, lastEventAt };
}

export function misfeedRate(summary: StitchSummary): number {
  const attempts = summary.booklets + summary.misfeeds;
  return attempts === 0 ? 0 : Number(((summary.misfeeds / attempts) * 100).toFixed(2));
}

export function shiftReport(machines: Array<{ id: string; log: string }>): string[] {
  return machines.map(({ id, log }) => {
    const summary = summariseStitchLog(id, log);
    return `${id}: ${summary.booklets} booklets, ${summary.staples} staples, misfeed ${misfeedRate(summary)}%`;
  });
}
