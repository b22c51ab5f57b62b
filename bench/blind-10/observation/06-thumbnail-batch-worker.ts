// expect: none
// Every rejected allSettled entry is inspected: its reason is logged and the job is nacked with back-off or dead-lettered after too many attempts, so no failed render is silently treated as done.
interface ThumbnailJob {
  id: string;
  attempts: number;
  payload: { sourceKey: string; widths: number[] };
}

declare const queue: {
  receive(max: number, opts: { waitSeconds: number; signal?: AbortSignal }): Promise<ThumbnailJob[]>;
  ack(id: string): Promise<void>;
  nack(id: string, opts: { delaySeconds: number; reason: string }): Promise<void>;
  deadLetter(id: string, reason: string): Promise<void>;
};
declare const images: {
  resize(sourceKey: string, width: number, opts?: { format?: 'webp' | 'jpeg' }): Promise<{ key: string; bytes: number }>;
};
declare const log: {
  info(msg: string, meta?: object): void;
  warn(msg: string, meta?: object): void;
  error(msg: string, meta?: object): void;
};

const MAX_ATTEMPTS = 5;

async function renderJob(job: ThumbnailJob): Promise<number> {
  const outputs = await Promise.all(job.payload.widths.map((width) => images.resize(job.payload.sourceKey, width, { format: 'webp' })));
  return outputs.reduce((sum, o) => sum + o.bytes, 0);
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  return typeof reason === 'string' ? reason : JSON.stringify(reason);
}

export async function processThumbnailBatch(signal: AbortSignal): Promise<{ ok: number; failed: number }> {
  const jobs = await queue.receive(10, { waitSeconds: 20, signal });
  if (jobs.length === 0) return { ok: 0, failed: 0 };

  const outcomes = await Promise.allSettled(jobs.map(renderJob));
  let ok = 0;
  let failed = 0;

  for (const [i, outcome] of outcomes.entries()) {
    const job = jobs[i];
    if (outcome.status === 'fulfilled') {
      await queue.ack(job.id);
      log.info('thumbnails rendered', { jobId: job.id, bytes: outcome.value });
      ok++;
      continue;
    }

    failed++;
    const reason = describeReason(outcome.reason);
    if (job.attempts + 1 >= MAX_ATTEMPTS) {
      log.error('thumbnail job dead-lettered', { jobId: job.id, attempts: job.attempts + 1, reason });
      await queue.deadLetter(job.id, reason);
    } else {
      const delaySeconds = Math.min(900, 15 * 2 ** job.attempts);
      log.warn('thumbnail job failed, will retry', { jobId: job.id, delaySeconds, reason });
      await queue.nack(job.id, { delaySeconds, reason });
    }
  }

  return { ok, failed };
}
