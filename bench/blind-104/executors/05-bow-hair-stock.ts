// expect: none
// The line handler only records a failure and closes the reader, and the single 'close' handler decides between resolve and reject, so a malformed line cannot settle the promise twice and file errors forwarded by readline end in the same single reject.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export type HairGrade = 'mongolian-white' | 'siberian-white' | 'black' | 'salt-pepper';

export interface HankRecord {
  hankId: string;
  grade: HairGrade;
  lengthMm: number;
  grams: number;
}

export interface StockSummary {
  hanks: HankRecord[];
  gramsByGrade: Map<HairGrade, number>;
}

const GRADES = new Set<string>(['mongolian-white', 'siberian-white', 'black', 'salt-pepper']);
const MIN_VIOLIN_LENGTH_MM = 760;

function parseLine(line: string, lineNo: number): HankRecord {
  const [hankId, grade, length, grams] = line.split(',').map((s) => s.trim());
  if (!hankId || !grade || !GRADES.has(grade)) {
    throw new Error(`line ${lineNo}: unknown hair grade "${grade ?? ''}"`);
  }
  const lengthMm = Number(length);
  const weight = Number(grams);
  if (!Number.isFinite(lengthMm) || !Number.isFinite(weight)) {
    throw new Error(`line ${lineNo}: length and weight must be numbers`);
  }
  return { hankId, grade: grade as HairGrade, lengthMm, grams: weight };
}

export function loadHairStock(csvPath: string): Promise<StockSummary> {
  return new Promise<StockSummary>((resolve, reject) => {
    const input = createReadStream(csvPath, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const hanks: HankRecord[] = [];
    let failure: Error | undefined;
    let lineNo = 0;

    rl.on('line', (line) => {
      lineNo += 1;
      if (failure || lineNo === 1 || line.trim() === '') return;
      try {
        const hank = parseLine(line, lineNo);
        if (hank.lengthMm >= MIN_VIOLIN_LENGTH_MM) hanks.push(hank);
      } catch (err) {
        failure = err instanceof Error ? err : new Error(String(err));
        rl.close();
      }
    });

    // readline forwards errors from the file stream (ENOENT, EACCES) as its own 'error'
    rl.on('error', (err) => {
      failure ??= err;
      rl.close();
    });

    rl.on('close', () => {
      input.destroy();
      if (failure) {
        reject(failure);
        return;
      }
      const gramsByGrade = new Map<HairGrade, number>();
      for (const h of hanks) gramsByGrade.set(h.grade, (gramsByGrade.get(h.grade) ?? 0) + h.grams);
      resolve({ hanks, gramsByGrade });
    });
  });
}
