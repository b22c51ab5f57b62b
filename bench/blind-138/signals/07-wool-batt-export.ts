// expect: none
// options.signal is handed to the database cursor, to pipeline (which tears down every stage on abort) and to the final once('close') wait, so cancellation reaches every step.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface BattRow {
  millId: string;
  lotId: string;
  sequence: number;
  weightKg: number;
  micron: number;
  grade: 'premium' | 'standard' | 'seconds' | 'reject';
  cardedAt: Date;
}

export interface MillDatabase {
  streamBatts(
    query: { millId: string; from: Date; to: Date },
    options: { signal?: AbortSignal },
  ): AsyncIterable<BattRow>;
}

export interface ExportOptions {
  signal?: AbortSignal;
  includeRejects?: boolean;
}

function toCsvLine(row: BattRow): string {
  return [
    row.millId,
    row.lotId,
    row.sequence,
    row.weightKg.toFixed(3),
    row.micron.toFixed(1),
    row.grade,
    row.cardedAt.toISOString(),
  ].join(',') + '\n';
}

export async function exportBatts(
  db: MillDatabase,
  millId: string,
  range: { from: Date; to: Date },
  path: string,
  options: ExportOptions = {},
): Promise<{ rows: number; kg: number }> {
  const { signal, includeRejects = false } = options;
  let rows = 0;
  let kg = 0;

  const source = Readable.from(db.streamBatts({ millId, ...range }, { signal }));
  const toCsv = new Transform({
    objectMode: true,
    transform(row: BattRow, _enc, done) {
      if (row.grade === 'reject' && !includeRejects) {
        done();
        return;
      }
      rows++;
      kg += row.weightKg;
      done(null, toCsvLine(row));
    },
  });
  const out = createWriteStream(path, { encoding: 'utf8' });
  out.write('mill,lot,seq,kg,micron,grade,carded_at\n');

  const closed = once(out, 'close', { signal });
  await Promise.all([pipeline(source, toCsv, out, { signal }), closed]);

  return { rows, kg: Math.round(kg * 1000) / 1000 };
}
