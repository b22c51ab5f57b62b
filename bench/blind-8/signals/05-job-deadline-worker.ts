// expect: none
// Each job races its deadline timer, but finally clears the timer, aborts the job's own controller and removes the shutdown listener, so neither contender nor any listener outlives the race.
declare const log: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

interface Job {
  id: string;
  type: string;
  payload: unknown;
  timeoutMs?: number;
}

interface JobQueue {
  receive(opts: { waitSeconds: number; signal?: AbortSignal }): Promise<Job | null>;
  ack(jobId: string): Promise<void>;
  release(jobId: string): Promise<void>;
  fail(jobId: string, reason: string): Promise<void>;
}

type Handler = (payload: unknown, signal: AbortSignal) => Promise<void>;

class DeadlineExceeded extends Error {
  constructor(readonly ms: number) {
    super(`job exceeded its ${ms} ms deadline`);
    this.name = 'DeadlineExceeded';
  }
}

async function runWithDeadline<T>(work: (signal: AbortSignal) => Promise<T>, ms: number, parent: AbortSignal): Promise<T> {
  parent.throwIfAborted();
  const ac = new AbortController();
  const onParentAbort = () => ac.abort(parent.reason);
  parent.addEventListener('abort', onParentAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(ms)), ms);
  });

  try {
    return await Promise.race([work(ac.signal), deadline]);
  } finally {
    clearTimeout(timer);
    ac.abort();
    parent.removeEventListener('abort', onParentAbort);
  }
}

export async function runWorker(queue: JobQueue, handlers: Record<string, Handler>, shutdown: AbortSignal): Promise<void> {
  while (!shutdown.aborted) {
    const job = await queue.receive({ waitSeconds: 20, signal: shutdown });
    if (!job) continue;
    const handler = handlers[job.type];
    if (!handler) {
      await queue.fail(job.id, `no handler for ${job.type}`);
      continue;
    }
    try {
      await runWithDeadline((signal) => handler(job.payload, signal), job.timeoutMs ?? 30_000, shutdown);
      await queue.ack(job.id);
      log.info('job done', { id: job.id, type: job.type });
    } catch (err) {
      if (shutdown.aborted) {
        await queue.release(job.id);
        throw err;
      }
      log.warn('job failed', { id: job.id, type: job.type, error: String(err) });
      await queue.fail(job.id, err instanceof Error ? err.message : String(err));
    }
  }
}
