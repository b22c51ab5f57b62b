// expect: none
// The line handler can fail many times, but every settle goes through a done-guarded finish() that closes the reader, and the close handler returns early once a rejection has already happened, so the promise settles exactly once.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface TourSlot {
  date: string;
  level: number;
  guide: string;
  capacity: number;
}

export class ManifestError extends Error {
  constructor(message: string, readonly line: number) {
    super(`${message} (line ${line})`);
    this.name = 'ManifestError';
  }
}

const MAX_LEVEL = 9;

function parseSlot(raw: string, lineNo: number): TourSlot {
  const [date, level, guide, capacity] = raw.split(',').map((s) => s.trim());
  const lvl = Number(level);
  const cap = Number(capacity);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) throw new ManifestError(`bad date "${date}"`, lineNo);
  if (!Number.isInteger(lvl) || lvl < 1 || lvl > MAX_LEVEL) throw new ManifestError(`bad level "${level}"`, lineNo);
  if (!guide) throw new ManifestError('missing guide', lineNo);
  if (!Number.isInteger(cap) || cap <= 0) throw new ManifestError(`bad capacity "${capacity}"`, lineNo);
  return { date, level: lvl, guide, capacity: cap };
}

export function loadTourManifest(path: string): Promise<TourSlot[]> {
  return new Promise<TourSlot[]>((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const slots: TourSlot[] = [];
    let lineNo = 0;
    let done = false;

    const fail = (err: Error) => {
      if (done) return;
      done = true;
      rl.close();
      input.destroy();
      reject(err);
    };

    rl.on('line', (line) => {
      lineNo += 1;
      if (done || lineNo === 1 || line.trim() === '') return;
      try {
        slots.push(parseSlot(line, lineNo));
      } catch (err) {
        fail(err as Error);
      }
    });

    rl.once('close', () => {
      if (done) return;
      done = true;
      resolve(slots);
    });

    input.once('error', fail);
    rl.once('error', fail);
  });
}

export function slotsForLevel(slots: TourSlot[], level: number): TourSlot[] {
  return slots
    .filter((s) => s.level === level)
    .sort((a, b) => a.date.localeCompare(b.date));
}
