// expect: none
// The fill counts are accumulated in the Writable's write callback and only read after `await pipeline(...)` has resolved, i.e. after every record has been processed.
import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInterface } from 'node:readline';

export interface FillTally {
  nozzle: number;
  filled: number;
  underfilled: number;
  meanMl: number;
}

interface FillEvent {
  nozzle: number;
  ml: number;
  targetMl: number;
}

const TOLERANCE_ML = 4;

export async function tallyFillLog(path: string): Promise<FillTally[]> {
  const sums = new Map<number, { filled: number; underfilled: number; totalMl: number }>();

  const sink = new Writable({
    objectMode: true,
    write(line: string, _encoding, callback) {
      if (line.trim() === '') return callback();
      try {
        const event = JSON.parse(line) as FillEvent;
        const entry = sums.get(event.nozzle) ?? { filled: 0, underfilled: 0, totalMl: 0 };
        entry.filled++;
        entry.totalMl += event.ml;
        if (event.ml < event.targetMl - TOLERANCE_ML) entry.underfilled++;
        sums.set(event.nozzle, entry);
        callback();
      } catch (err) {
        callback(err instanceof Error ? err : new Error(String(err)));
      }
    },
  });

  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  await pipeline(lines, sink);

  return [...sums.entries()]
    .sort(([a], [b]) => a - b)
    .map(([nozzle, s]) => ({
      nozzle,
      filled: s.filled,
      underfilled: s.underfilled,
      meanMl: s.filled === 0 ? 0 : Math.round((s.totalMl / s.filled) * 10) / 10,
    }));
}

export function nozzlesNeedingCalibration(tallies: FillTally[], maxUnderfillRate = 0.01): number[] {
  return tallies
    .filter((t) => t.filled > 0 && t.underfilled / t.filled > maxUnderfillRate)
    .map((t) => t.nozzle);
}
