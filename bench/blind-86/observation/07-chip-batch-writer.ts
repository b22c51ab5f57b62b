// expect: none
// Each in-flight write is wrapped with a rejection handler the moment it starts, so the stored task can never reject; the .finally on it cannot either.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface ChipRead {
  bib: number;
  chipId: string;
  matId: string;
  gunOffsetMs: number;
}

declare const resultsDb: {
  insertReads(rows: ChipRead[]): Promise<number>;
};

export interface IngestStats {
  lines: number;
  written: number;
  failedBatches: number;
}

function parseLine(line: string): ChipRead | null {
  // "bib,chip,mat,offset"  e.g. "1184,E2003412,KM21,8034512"
  const [bib, chipId, matId, offset] = line.split(',');
  if (!chipId || !matId) return null;
  const read = { bib: Number(bib), chipId, matId, gunOffsetMs: Number(offset) };
  return Number.isFinite(read.bib) && Number.isFinite(read.gunOffsetMs) ? read : null;
}

export async function ingestReads(source: Readable, batchSize = 500, maxInFlight = 4): Promise<IngestStats> {
  const stats: IngestStats = { lines: 0, written: 0, failedBatches: 0 };
  const inFlight = new Set<Promise<void>>();
  let batch: ChipRead[] = [];

  const flush = () => {
    const rows = batch;
    batch = [];
    const task: Promise<void> = resultsDb.insertReads(rows).then(
      (n) => {
        stats.written += n;
      },
      (err: unknown) => {
        stats.failedBatches++;
        console.error(`[timing] batch of ${rows.length} reads failed`, err);
      },
    );
    inFlight.add(task);
    task.finally(() => inFlight.delete(task));
    return task;
  };

  const rl = createInterface({ input: source, crlfDelay: Infinity });
  for await (const line of rl) {
    stats.lines++;
    const read = parseLine(line);
    if (!read) continue;
    batch.push(read);
    if (batch.length >= batchSize) {
      flush();
      if (inFlight.size >= maxInFlight) {
        await Promise.race(inFlight);
      }
    }
  }
  if (batch.length > 0) flush();
  await Promise.all(inFlight);
  return stats;
}
