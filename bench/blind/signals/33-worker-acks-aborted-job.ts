// expect: no-swallowed-abort
// When shutdown aborts a job mid-way, the handler catches the AbortError and acks the job as if it had completed, so the unfinished job is silently dropped instead of being released back to the queue.

interface Job<T> {
  id: string;
  payload: T;
  ack(): Promise<void>;
  nack(reason: string): Promise<void>;
}

interface ThumbnailPayload {
  sourceKey: string;
  sizes: number[];
}

declare function renderThumbnails(payload: ThumbnailPayload, opts: { signal: AbortSignal }): Promise<string[]>;
declare const log: { info(msg: string): void; error(msg: string, err: unknown): void };

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === "AbortError";
}

export function createThumbnailHandler(shutdown: AbortSignal) {
  return async function handle(job: Job<ThumbnailPayload>): Promise<void> {
    try {
      const keys = await renderThumbnails(job.payload, { signal: shutdown });
      log.info(`job ${job.id}: wrote ${keys.length} thumbnails`);
      await job.ack();
    } catch (err) {
      if (isAbortError(err)) {
        log.info(`job ${job.id}: stopped for shutdown`);
        await job.ack();
        return;
      }
      log.error(`job ${job.id} failed`, err);
      await job.nack(String(err));
    }
  };
}
