// expect: none
// The readline executor settles on 'close' or on 'error' (forwarded from the input), and each path removes the other listener.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Crossing {
  sailNumber: string;
  finishedAt: number; // seconds since the start gun
}

export interface Entry {
  sailNumber: string;
  boat: string;
  phrfRating: number;
}

export interface Result {
  place: number;
  sailNumber: string;
  boat: string;
  elapsedS: number;
  correctedS: number;
}

function parseLine(line: string): Crossing | null {
  // e.g. "USA 4123, 01:42:17"
  const match = /^\s*([A-Z]{2,3}\s?\d+)\s*,\s*(\d{2}):(\d{2}):(\d{2})\s*$/.exec(line);
  if (!match) return null;
  const [, sail, h, m, s] = match;
  return { sailNumber: sail.replace(/\s+/g, ' '), finishedAt: Number(h) * 3600 + Number(m) * 60 + Number(s) };
}

export function readFinishLog(path: string): Promise<{ crossings: Crossing[]; rejected: string[] }> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const crossings: Crossing[] = [];
    const rejected: string[] = [];

    const onClose = () => {
      rl.off('error', onError);
      resolve({ crossings, rejected });
    };
    const onError = (err: Error) => {
      rl.off('close', onClose);
      rl.close();
      input.destroy();
      reject(err);
    };

    rl.on('line', (line) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const crossing = parseLine(line);
      if (crossing) {
        crossings.push(crossing);
      } else {
        rejected.push(line);
      }
    });
    rl.once('close', onClose);
    rl.once('error', onError);
  });
}

export function scoreRace(entries: Entry[], crossings: Crossing[], courseNm: number): Result[] {
  const firstCrossing = new Map<string, number>();
  for (const c of crossings) {
    if (!firstCrossing.has(c.sailNumber)) {
      firstCrossing.set(c.sailNumber, c.finishedAt);
    }
  }

  const scored = entries
    .filter((e) => firstCrossing.has(e.sailNumber))
    .map((e) => {
      const elapsedS = firstCrossing.get(e.sailNumber)!;
      return {
        sailNumber: e.sailNumber,
        boat: e.boat,
        elapsedS,
        correctedS: Math.round(elapsedS - e.phrfRating * courseNm),
      };
    })
    .sort((a, b) => a.correctedS - b.correctedS);

  return scored.map((r, i) => ({ place: i + 1, ...r }));
}

export async function scoreFromLog(path: string, entries: Entry[], courseNm: number): Promise<Result[]> {
  const { crossings, rejected } = await readFinishLog(path);
  if (rejected.length > 0) {
    console.warn(`race committee: ${rejected.length} unreadable finish-line entries`);
  }
  return scoreRace(entries, crossings, courseNm);
}
