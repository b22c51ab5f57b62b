// expect: none
// The worker promise settles on the first of message/error/exit, and a non-zero exit without a message rejects, so every outcome settles exactly once.
import { Worker } from 'node:worker_threads';
import { cpus } from 'node:os';
import { resolve as resolvePath } from 'node:path';

interface ThumbJob {
  sourcePath: string;
  widths: number[];
}

interface ThumbResult {
  sourcePath: string;
  outputs: { width: number; path: string; bytes: number }[];
}

const WORKER_FILE = resolvePath(__dirname, 'thumbnail-worker.js');

function runThumbWorker(job: ThumbJob): Promise<ThumbResult> {
  return new Promise<ThumbResult>((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: job });
    let answered = false;

    worker.once('message', (msg: { ok: true; result: ThumbResult } | { ok: false; error: string }) => {
      answered = true;
      if (msg.ok) resolve(msg.result);
      else reject(new Error(`thumbnail failed for ${job.sourcePath}: ${msg.error}`));
      void worker.terminate();
    });
    worker.once('error', (err) => {
      answered = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!answered) {
        reject(new Error(`thumbnail worker exited with code ${code} before replying`));
      }
    });
  });
}

export async function generateThumbnails(paths: string[], widths = [160, 480, 1080]): Promise<ThumbResult[]> {
  const limit = Math.max(1, cpus().length - 1);
  const results: ThumbResult[] = [];
  let next = 0;

  async function lane(): Promise<void> {
    while (next < paths.length) {
      const sourcePath = paths[next++];
      const started = Date.now();
      const result = await runThumbWorker({ sourcePath, widths });
      console.debug(`thumbs ${sourcePath} in ${Date.now() - started}ms`);
      results.push(result);
    }
  }

  await Promise.all(Array.from({ length: Math.min(limit, paths.length) }, () => lane()));
  return results;
}
