// expect: none
// Every way the worker can end (done/failed message, uncaught 'error', bare 'exit', caller abort) goes through finish(), which settles once, detaches listeners and terminates the worker; 'progress' messages deliberately settle nothing.
import { Worker } from 'node:worker_threads';
import path from 'node:path';

export interface ImportSummary {
  table: string;
  inserted: number;
  rejectedRows: number[];
}

type WorkerMessage =
  { type: 'progress'; rows: number } | { type: 'done'; summary: ImportSummary } | { type: 'failed'; message: string; row?: number };

const WORKER_FILE = path.join(__dirname, 'csv-import.worker.js');

export function importCsv(
  csvPath: string,
  table: string,
  opts: { signal?: AbortSignal; onProgress?: (rows: number) => void } = {},
): Promise<ImportSummary> {
  opts.signal?.throwIfAborted();
  const worker = new Worker(WORKER_FILE, { workerData: { csvPath, table } });

  return new Promise<ImportSummary>((resolve, reject) => {
    let settled = false;
    const finish = (err: unknown, summary?: ImportSummary) => {
      if (settled) return;
      settled = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      opts.signal?.removeEventListener('abort', onAbort);
      void worker.terminate().catch(() => undefined);
      if (err) reject(err);
      else resolve(summary!);
    };

    const onMessage = (msg: WorkerMessage) => {
      switch (msg.type) {
        case 'progress':
          opts.onProgress?.(msg.rows);
          break;
        case 'done':
          finish(null, msg.summary);
          break;
        case 'failed':
          finish(new Error(`import into ${table} failed${msg.row !== undefined ? ` at row ${msg.row}` : ''}: ${msg.message}`));
          break;
      }
    };
    const onError = (err: Error) => finish(err);
    const onExit = (code: number) => finish(new Error(`import worker exited with code ${code} before reporting`));
    const onAbort = () => finish(opts.signal!.reason);

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export async function importAll(files: Record<string, string>, signal: AbortSignal): Promise<ImportSummary[]> {
  const results: ImportSummary[] = [];
  for (const [table, csvPath] of Object.entries(files)) {
    const summary = await importCsv(csvPath, table, {
      signal,
      onProgress: (rows) => process.stderr.write(`\r${table}: ${rows} rows`),
    });
    process.stderr.write(`\r${table}: ${summary.inserted} inserted, ${summary.rejectedRows.length} rejected\n`);
    results.push(summary);
  }
  return results;
}
