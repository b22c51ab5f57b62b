// expect: none
// Correct: the worker's signal reaches every call through the shared `requestInit` object and the `{ signal }` options of the queue client, and the loop checks throwIfAborted between jobs.
import { setTimeout as sleep } from 'node:timers/promises';

export interface MendingJob {
  id: string;
  barcode: string;
  treatment: 'guard' | 'hinge' | 'resew' | 'reback' | 'clean';
  photosUrl: string;
}

interface QueueClient {
  lease(opts: { signal?: AbortSignal; waitSeconds: number }): Promise<MendingJob | null>;
  complete(jobId: string, opts: { signal?: AbortSignal }): Promise<void>;
  release(jobId: string, reason: string): Promise<void>;
}

declare const queue: QueueClient;

const LABEL_SERVICE = 'https://labels.library.example.edu/api';

export interface WorkerOptions {
  signal: AbortSignal;
  bench: string;
  idleBackoffMs?: number;
}

async function printBenchSlip(job: MendingJob, bench: string, requestInit: RequestInit): Promise<void> {
  const res = await fetch(`${LABEL_SERVICE}/slips`, {
    ...requestInit,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ barcode: job.barcode, treatment: job.treatment, bench }),
  });
  if (!res.ok) throw new Error(`label service ${res.status}`);
}

async function photosReady(job: MendingJob, requestInit: RequestInit): Promise<boolean> {
  const res = await fetch(job.photosUrl, { ...requestInit, method: 'HEAD' });
  return res.ok;
}

export async function runMendingWorker(opts: WorkerOptions): Promise<number> {
  const { signal, bench, idleBackoffMs = 5_000 } = opts;
  const requestInit: RequestInit = { signal };
  let handled = 0;

  while (true) {
    signal.throwIfAborted();
    const job = await queue.lease({ signal, waitSeconds: 20 });
    if (!job) {
      await sleep(idleBackoffMs, undefined, { signal });
      continue;
    }
    try {
      if (!(await photosReady(job, requestInit))) {
        await queue.release(job.id, 'before-treatment photos missing');
        continue;
      }
      await printBenchSlip(job, bench, requestInit);
      await queue.complete(job.id, { signal });
      handled++;
    } catch (err) {
      await queue.release(job.id, signal.aborted ? 'worker stopping' : String(err));
      throw err;
    }
  }
}

export function startWorker(bench: string) {
  const controller = new AbortController();
  const done = runMendingWorker({ signal: controller.signal, bench });
  return {
    done,
    stop: () => controller.abort(new Error(`bench ${bench} closing`)),
  };
}
