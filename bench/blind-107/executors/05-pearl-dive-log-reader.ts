// expect: none
// The log reader rejects through a guarded fail() that detaches the 'close' handler first, ignores lines after a failure and returns right after rejecting, so every outcome (EOF, read error, bad line) settles exactly once.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface DiveEntry {
  diver: string;
  depthM: number;
  bottomSec: number;
  oystersOpened: number;
  pearls: number;
}

export interface LogSummary {
  entries: DiveEntry[];
  skipped: number;
}

export class DiveLogFormatError extends Error {
  constructor(readonly lineNo: number, line: string) {
    super(`line ${lineNo}: cannot parse "${line.slice(0, 60)}"`);
    this.name = 'DiveLogFormatError';
  }
}

function parseLine(line: string): DiveEntry | null {
  // "ayame  18.5m  95s  opened=14 pearls=1"
  const m = /^(\S+)\s+([\d.]+)m\s+(\d+)s\s+opened=(\d+)\s+pearls=(\d+)$/.exec(line.trim());
  if (!m) return null;
  return {
    diver: m[1],
    depthM: Number(m[2]),
    bottomSec: Number(m[3]),
    oystersOpened: Number(m[4]),
    pearls: Number(m[5]),
  };
}

export function readDiveLog(path: string, strict: boolean): Promise<LogSummary> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });
  const entries: DiveEntry[] = [];
  let skipped = 0;
  let lineNo = 0;
  let failed = false;

  return new Promise<LogSummary>((resolve, reject) => {
    const onClose = () => resolve({ entries, skipped });

    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      rl.off('close', onClose);
      rl.close();
      input.destroy();
      reject(err);
    };

    rl.on('line', (line) => {
      if (failed) return;
      lineNo++;
      if (line.startsWith('#') || line.trim() === '') return;
      const entry = parseLine(line);
      if (entry) {
        entries.push(entry);
        return;
      }
      if (strict) {
        fail(new DiveLogFormatError(lineNo, line));
        return;
      }
      skipped++;
    });
    rl.on('close', onClose);
    input.on('error', fail);
  });
}

export function pearlRate(entries: DiveEntry[]): number {
  const opened = entries.reduce((n, e) => n + e.oystersOpened, 0);
  const pearls = entries.reduce((n, e) => n + e.pearls, 0);
  return opened === 0 ? 0 : pearls / opened;
}
