// expect: none
// The signal from the upload job is forwarded to execFile, the gzip pipeline and the upload fetch, so cancelling the job stops every stage.
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createGzip } from 'node:zlib';

const execFileAsync = promisify(execFile);

export interface TelemetryUploadJob {
  machineId: string;
  dbPath: string;
  since: Date;
  ingestUrl: string;
  signal: AbortSignal;
}

export interface UploadResult {
  machineId: string;
  rows: number;
  compressedBytes: number;
}

async function exportVendEvents(job: TelemetryUploadJob, csvPath: string): Promise<number> {
  const sql =
    'SELECT ts, slot, sku, price_cents, payment FROM vend_events ' +
    `WHERE ts >= '${job.since.toISOString()}' ORDER BY ts;`;

  const { stdout } = await execFileAsync('sqlite3', ['-batch', '-csv', '-readonly', job.dbPath, sql], {
    signal: job.signal,
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  await writeFile(csvPath, stdout, { signal: job.signal });
  return stdout.split('\n').filter((line) => line.length > 0).length;
}

async function compress(src: string, dest: string, signal: AbortSignal): Promise<number> {
  await pipeline(createReadStream(src), createGzip({ level: 6 }), createWriteStream(dest), { signal });
  return (await stat(dest)).size;
}

export async function uploadTelemetry(job: TelemetryUploadJob): Promise<UploadResult> {
  const stamp = `${job.machineId}-${Date.now()}`;
  const csvPath = join(tmpdir(), `${stamp}.csv`);
  const gzPath = `${csvPath}.gz`;

  try {
    const rows = await exportVendEvents(job, csvPath);
    if (rows === 0) {
      return { machineId: job.machineId, rows: 0, compressedBytes: 0 };
    }

    const compressedBytes = await compress(csvPath, gzPath, job.signal);
    const body = await readFile(gzPath, { signal: job.signal });

    const res = await fetch(`${job.ingestUrl}/machines/${encodeURIComponent(job.machineId)}/telemetry`, {
      method: 'PUT',
      headers: { 'content-type': 'text/csv', 'content-encoding': 'gzip' },
      body,
      signal: job.signal,
    });
    if (!res.ok) {
      throw new Error(`telemetry ingest rejected ${job.machineId}: HTTP ${res.status}`);
    }
    return { machineId: job.machineId, rows, compressedBytes };
  } finally {
    await Promise.all([rm(csvPath, { force: true }), rm(gzPath, { force: true })]);
  }
}
