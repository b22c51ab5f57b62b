// expect: no-multiple-settle
// writeBatchLog settles only on 'finish'; a write-stream 'error' (EACCES, ENOSPC) never rejects, so the archive call hangs forever.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface DistillationReading {
  stillId: string;
  takenAt: Date;
  headTempC: number;
  condenserTempC: number;
  flowMlPerMin: number;
  fraction: 'heads' | 'hearts' | 'tails';
}

export interface BatchSummary {
  batchId: string;
  readings: number;
  heartsMl: number;
  peakHeadTempC: number;
  logFile: string;
  logBytes: number;
}

declare const stillTelemetry: {
  readingsFor(batchId: string): Promise<DistillationReading[]>;
  markArchived(batchId: string, summary: BatchSummary): Promise<void>;
};

const LOG_ROOT = process.env.DISTILLERY_LOG_ROOT ?? '/var/log/distillery';
const CSV_HEADER = 'still,taken_at,head_c,condenser_c,flow_ml_min,fraction\n';

function toCsvRow(r: DistillationReading): string {
  return [
    r.stillId,
    r.takenAt.toISOString(),
    r.headTempC.toFixed(1),
    r.condenserTempC.toFixed(1),
    r.flowMlPerMin.toFixed(0),
    r.fraction,
  ].join(',');
}

function writeBatchLog(file: string, rows: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    if (rows.length === 0) {
      reject(new Error(`refusing to write empty batch log ${file}`));
      return;
    }
    const out = createWriteStream(file, { flags: 'w', encoding: 'utf8' });
    let bytes = Buffer.byteLength(CSV_HEADER);
    out.on('finish', () => resolve(bytes));
    out.write(CSV_HEADER);
    for (const row of rows) {
      const line = row + '\n';
      bytes += Buffer.byteLength(line);
      out.write(line);
    }
    out.end();
  });
}

function summarize(batchId: string, readings: DistillationReading[]) {
  let heartsMl = 0;
  let peakHeadTempC = -Infinity;
  for (let i = 1; i < readings.length; i++) {
    const prev = readings[i - 1];
    const cur = readings[i];
    const minutes = (cur.takenAt.getTime() - prev.takenAt.getTime()) / 60_000;
    if (cur.fraction === 'hearts') heartsMl += cur.flowMlPerMin * minutes;
    peakHeadTempC = Math.max(peakHeadTempC, cur.headTempC);
  }
  return { batchId, readings: readings.length, heartsMl: Math.round(heartsMl), peakHeadTempC };
}

export async function archiveBatch(batchId: string): Promise<BatchSummary> {
  const readings = await stillTelemetry.readingsFor(batchId);
  readings.sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime());

  const day = readings[0]?.takenAt.toISOString().slice(0, 10) ?? 'undated';
  const dir = path.join(LOG_ROOT, day);
  await mkdir(dir, { recursive: true });

  const logFile = path.join(dir, `${batchId}.csv`);
  const logBytes = await writeBatchLog(logFile, readings.map(toCsvRow));

  const summary: BatchSummary = { ...summarize(batchId, readings), logFile, logBytes };
  await stillTelemetry.markArchived(batchId, summary);
  return summary;
}
