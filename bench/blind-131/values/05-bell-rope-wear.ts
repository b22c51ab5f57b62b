// expect: none
// The totals are accumulated in 'data' handlers but only read after awaiting finished(stream), so they are complete by the time the summary is built.
import { createReadStream } from 'node:fs';
import { finished } from 'node:stream/promises';

export interface WearSummary {
  tower: string;
  strokes: number;
  fibreLossMg: number;
  worstBell: number | null;
  perBell: Map<number, number>;
}

const STROKE_LINE = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\s+bell=(\d+)\s+strokes=(\d+)\s+loss=(\d+(?:\.\d+)?)mg$/;

export async function summariseRopeWear(tower: string, logPath: string): Promise<WearSummary> {
  const perBell = new Map<number, number>();
  let strokes = 0;
  let fibreLossMg = 0;
  let remainder = '';

  const consume = (line: string) => {
    const m = STROKE_LINE.exec(line.trim());
    if (!m) return;
    const bell = Number(m[2]);
    const loss = Number(m[4]);
    strokes += Number(m[3]);
    fibreLossMg += loss;
    perBell.set(bell, (perBell.get(bell) ?? 0) + loss);
  };

  const stream = createReadStream(logPath, { encoding: 'utf8' });
  stream.on('data', (chunk: string | Buffer) => {
    const text = remainder + chunk.toString();
    const lines = text.split('\n');
    remainder = lines.pop() ?? '';
    lines.forEach(consume);
  });

  await finished(stream);
  if (remainder) consume(remainder);

  let worstBell: number | null = null;
  let worstLoss = -1;
  for (const [bell, loss] of perBell) {
    if (loss > worstLoss) {
      worstBell = bell;
      worstLoss = loss;
    }
  }

  return { tower, strokes, fibreLossMg, worstBell, perBell };
}

export function ropesDueForTurning(summary: WearSummary, lossLimitMg = 850): number[] {
  return [...summary.perBell.entries()]
    .filter(([, loss]) => loss >= lossLimitMg)
    .map(([bell]) => bell)
    .sort((a, b) => a - b);
}
