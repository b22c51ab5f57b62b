// expect: none
// Malformed lines and stream errors go through fail(), which detaches onClose before closing readline, and a settled flag guards both paths, so exactly one of resolve/reject runs.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface JudgeScore {
  flightNo: number;
  kiteClass: 'sport' | 'quad' | 'single-line' | 'rokkaku';
  judge: string;
  precision: number;
  artistry: number;
}

const CLASSES = new Set(['sport', 'quad', 'single-line', 'rokkaku']);

function parseRow(line: string, lineNo: number): JudgeScore {
  const [flight, kiteClass, judge, precision, artistry] = line.split(',').map((s) => s.trim());
  if (!CLASSES.has(kiteClass)) throw new Error(`line ${lineNo}: unknown class "${kiteClass}"`);
  const p = Number(precision);
  const a = Number(artistry);
  if (!(p >= 0 && p <= 10) || !(a >= 0 && a <= 10)) throw new Error(`line ${lineNo}: score out of range`);
  return { flightNo: Number(flight), kiteClass: kiteClass as JudgeScore['kiteClass'], judge, precision: p, artistry: a };
}

export function loadScoreSheet(path: string): Promise<JudgeScore[]> {
  return new Promise<JudgeScore[]>((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const rows: JudgeScore[] = [];
    let lineNo = 0;
    let settled = false;

    const onLine = (line: string) => {
      lineNo += 1;
      if (lineNo === 1 || !line.trim()) return;
      try {
        rows.push(parseRow(line, lineNo));
      } catch (err) {
        fail(err as Error);
      }
    };

    const onClose = () => {
      if (settled) return;
      settled = true;
      input.off('error', fail);
      resolve(rows);
    };

    function fail(err: Error) {
      if (settled) return;
      settled = true;
      rl.off('line', onLine);
      rl.off('close', onClose);
      rl.close();
      input.destroy();
      reject(err);
    }

    rl.on('line', onLine);
    rl.once('close', onClose);
    input.once('error', fail);
  });
}

export async function flightTotals(path: string): Promise<Map<number, number>> {
  const scores = await loadScoreSheet(path);
  const byFlight = new Map<number, number[]>();
  for (const s of scores) {
    const list = byFlight.get(s.flightNo) ?? [];
    list.push(s.precision * 0.6 + s.artistry * 0.4);
    byFlight.set(s.flightNo, list);
  }
  const totals = new Map<number, number>();
  for (const [flight, list] of byFlight) {
    const sorted = [...list].sort((a, b) => a - b);
    const trimmed = sorted.length > 3 ? sorted.slice(1, -1) : sorted;
    totals.set(flight, trimmed.reduce((sum, v) => sum + v, 0) / trimmed.length);
  }
  return totals;
}
