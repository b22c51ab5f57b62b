// expect: no-read-before-settle
// `this.lastReportUrl` is written by the queue's 'completed' listener, which fires when the job finishes later, but generate() returns it right after enqueuing, so callers get the previous report's URL.

import { EventEmitter } from 'node:events';

interface ReportJob {
  id: string;
  accountId: string;
  month: string;
}

declare class JobQueue extends EventEmitter {
  enqueue(name: string, payload: unknown): string;
}

export class ReportService {
  private lastReportUrl: string | null = null;

  constructor(private readonly queue: JobQueue) {}

  generate(accountId: string, month: string): string | null {
    const jobId = this.queue.enqueue('monthly-report', { accountId, month });

    const onCompleted = (job: ReportJob, url: string): void => {
      if (job.id !== jobId) return;
      this.queue.off('completed', onCompleted);
      this.lastReportUrl = url;
    };
    this.queue.on('completed', onCompleted);

    return this.lastReportUrl;
  }
}

export function createReportService(queue: JobQueue): ReportService {
  return new ReportService(queue);
}
