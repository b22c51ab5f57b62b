// expect: none
// The queue emits completed/failed for every job, but the handlers ignore other job ids and both listeners, the timer and the abort listener are removed on the first matching event, so the caller gets exactly one outcome.
import { EventEmitter } from 'node:events';

export interface JobOutcome<T> {
  jobId: string;
  result: T;
  finishedAt: number;
}

declare const queueEvents: EventEmitter;
declare const reportQueue: {
  add(name: string, data: Record<string, unknown>, opts?: { attempts?: number }): Promise<{ id: string }>;
};

export function waitForJob<T>(jobId: string, timeoutMs: number, signal?: AbortSignal): Promise<JobOutcome<T>> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      queueEvents.off('completed', onCompleted);
      queueEvents.off('failed', onFailed);
      signal?.removeEventListener('abort', onAbort);
    };
    const onCompleted = (evt: { jobId: string; returnvalue: T }) => {
      if (evt.jobId !== jobId) return;
      cleanup();
      resolve({ jobId, result: evt.returnvalue, finishedAt: Date.now() });
    };
    const onFailed = (evt: { jobId: string; failedReason: string }) => {
      if (evt.jobId !== jobId) return;
      cleanup();
      reject(new Error(`job ${jobId} failed: ${evt.failedReason}`));
    };
    const onAbort = () => {
      cleanup();
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`job ${jobId} did not finish within ${timeoutMs}ms`));
    }, timeoutMs);

    if (signal?.aborted) return onAbort();
    queueEvents.on('completed', onCompleted);
    queueEvents.on('failed', onFailed);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export async function generateReport(accountId: string, month: string, signal?: AbortSignal): Promise<string> {
  const job = await reportQueue.add('monthly-report', { accountId, month }, { attempts: 3 });
  const outcome = await waitForJob<{ url: string }>(job.id, 5 * 60_000, signal);
  return outcome.result.url;
}
