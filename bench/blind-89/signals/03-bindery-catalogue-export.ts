// expect: none
// Correct: the caller's signal is never handed to pipeline directly, but it is forwarded through a linked AbortController whose signal pipeline does receive; the link is removed in finally.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface BindingRecord {
  jobNo: string;
  title: string;
  binding: 'quarter-leather' | 'full-cloth' | 'limp-vellum' | 'perfect';
  sewing: 'kettle-stitch' | 'long-stitch' | 'none';
  boardMm: number;
  completedAt: string;
}

declare const jobsDb: {
  streamCompleted(since: Date): AsyncIterable<BindingRecord>;
};

const CSV_HEADER = 'job_no,title,binding,sewing,board_mm,completed_at\n';

function csvEscape(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function toCsvRow(): Transform {
  let wroteHeader = false;
  return new Transform({
    objectMode: true,
    transform(rec: BindingRecord, _enc, cb) {
      const row = [rec.jobNo, rec.title, rec.binding, rec.sewing, rec.boardMm.toFixed(1), rec.completedAt]
        .map((v) => csvEscape(String(v)))
        .join(',');
      const prefix = wroteHeader ? '' : CSV_HEADER;
      wroteHeader = true;
      cb(null, `${prefix}${row}\n`);
    },
  });
}

export async function exportCatalogue(
  destPath: string,
  since: Date,
  opts: { signal?: AbortSignal; maxDurationMs?: number } = {},
): Promise<void> {
  const local = new AbortController();
  const forward = () => local.abort(opts.signal?.reason);
  if (opts.signal?.aborted) forward();
  else opts.signal?.addEventListener('abort', forward, { once: true });

  // Large exports are cut off rather than left to tie up the reporting replica.
  const watchdog = setTimeout(
    () => local.abort(new Error(`export exceeded ${opts.maxDurationMs}ms`)),
    opts.maxDurationMs ?? 5 * 60_000,
  );

  const tmpPath = `${destPath}.partial`;
  try {
    await pipeline(Readable.from(jobsDb.streamCompleted(since)), toCsvRow(), createWriteStream(tmpPath), {
      signal: local.signal,
    });
    await rename(tmpPath, destPath);
  } catch (err) {
    await rm(tmpPath, { force: true });
    throw err;
  } finally {
    clearTimeout(watchdog);
    opts.signal?.removeEventListener('abort', forward);
  }
}
