// expect: none
// Correct: every reject in the Node callbacks is followed by `return`, and resolve(parse(...)) sits in a try whose catch rejects only when parsing threw before resolve ran.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface RunScore {
  handler: string;
  dog: string;
  outrun: number;
  lift: number;
  fetch: number;
  drive: number;
  shed: number;
  pen: number;
  timeSeconds: number | null;
}

const MAX_POINTS: Record<string, number> = { outrun: 20, lift: 10, fetch: 20, drive: 30, shed: 10, pen: 10 };

function parseScorecard(text: string): RunScore[] {
  const [header, ...rows] = text.trim().split(/\r?\n/);
  const cols = header.split('\t');
  return rows.map((row, i) => {
    const cells = row.split('\t');
    const get = (name: string) => cells[cols.indexOf(name)];
    const score: RunScore = {
      handler: get('handler'),
      dog: get('dog'),
      outrun: Number(get('outrun')),
      lift: Number(get('lift')),
      fetch: Number(get('fetch')),
      drive: Number(get('drive')),
      shed: Number(get('shed')),
      pen: Number(get('pen')),
      timeSeconds: get('time') === 'RT' ? null : Number(get('time')),
    };
    for (const [phase, max] of Object.entries(MAX_POINTS)) {
      const v = score[phase as keyof RunScore] as number;
      if (!(v >= 0 && v <= max)) throw new Error(`row ${i + 2}: ${phase}=${v} outside 0..${max}`);
    }
    return score;
  });
}

export function readScorecard(file: string): Promise<RunScore[]> {
  return new Promise((resolve, reject) => {
    fs.readFile(file, (err, raw) => {
      if (err) {
        reject(err);
        return;
      }
      const decode = (buf: Buffer) => {
        try {
          resolve(parseScorecard(buf.toString('utf8')));
        } catch (parseErr) {
          reject(parseErr);
        }
      };
      if (path.extname(file) !== '.gz') {
        decode(raw);
        return;
      }
      zlib.gunzip(raw, (zipErr, unzipped) => {
        if (zipErr) return reject(zipErr);
        decode(unzipped);
      });
    });
  });
}

export function totalPoints(s: RunScore): number {
  return s.outrun + s.lift + s.fetch + s.drive + s.shed + s.pen;
}

export async function leaderboard(dir: string) {
  const files = (await fs.promises.readdir(dir)).filter((f) => /\.tsv(\.gz)?$/.test(f));
  const all: RunScore[] = [];
  for (const f of files) {
    all.push(...(await readScorecard(path.join(dir, f))));
  }
  return all
    .map((s) => ({ ...s, total: totalPoints(s) }))
    .sort((a, b) => b.total - a.total || (a.timeSeconds ?? Infinity) - (b.timeSeconds ?? Infinity));
}
