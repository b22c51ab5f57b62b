// expect: no-swallowed-abort
// On SIGTERM the in-flight render is aborted, but processJob treats the cancellation like any other failure: it records a failed attempt ("worker shutting down") against the job, permanently failing it on the 5th attempt, instead of releasing it back to the queue.
interface Job {
  id: string;
  attempt: number;
  payload: { sourceKey: string; sizes: number[] };
}

declare const queue: {
  claim(worker: string, opts: { signal: AbortSignal; waitMs: number }): Promise<Job | null>;
  complete(jobId: string, result: { outputs: string[] }): Promise<void>;
  fail(jobId: string, reason: string, opts: { retryable: boolean }): Promise<void>;
  release(jobId: string): Promise<void>;
};

declare function renderThumbnails(sourceKey: string, sizes: number[], opts: { signal: AbortSignal }): Promise<string[]>;

const WORKER_ID = `thumb-${process.pid}`;

async function processJob(job: Job, signal: AbortSignal): Promise<void> {
  const started = performance.now();
  try {
    const outputs = await renderThumbnails(job.payload.sourceKey, job.payload.sizes, { signal });
    await queue.complete(job.id, { outputs });
    console.log(`[${WORKER_ID}] ${job.id} done in ${Math.round(performance.now() - started)} ms`);
  } catch (err) {
    const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    console.error(`[${WORKER_ID}] ${job.id} failed (attempt ${job.attempt})`, reason);
    await queue.fail(job.id, reason, { retryable: job.attempt < 5 && !(err instanceof TypeError) });
  }
}

async function runWorker(signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    let job: Job | null;
    try {
      job = await queue.claim(WORKER_ID, { signal, waitMs: 20_000 });
    } catch (err) {
      if (signal.aborted) break;
      throw err;
    }
    if (!job) continue;
    await processJob(job, signal);
  }
}

export async function start(): Promise<void> {
  const ac = new AbortController();
  process.once('SIGTERM', () => {
    console.log(`[${WORKER_ID}] SIGTERM received, draining`);
    ac.abort(new Error('worker shutting down'));
  });

  await runWorker(ac.signal);
  console.log(`[${WORKER_ID}] stopped`);
}
