// expect: no-swallowed-abort
// When shutdown aborts the in-flight job, the catch block records the AbortError as a normal print failure (and emails the customer) instead of rethrowing.
import { setTimeout as delay } from 'node:timers/promises';

export type JobStatus = 'queued' | 'printing' | 'done' | 'failed';

export interface PrintJob {
  id: string;
  customerEmail: string;
  pdfUrl: string;
  copies: number;
  paper: 'A4' | 'A3' | 'SRA3' | 'letter';
  status: JobStatus;
  failureReason?: string;
}

declare const pressApi: {
  submit(
    job: { pdfUrl: string; copies: number; paper: string },
    opts: { signal?: AbortSignal },
  ): Promise<{ pressJobId: string; pages: number }>;
};

declare const jobStore: {
  nextQueued(): Promise<PrintJob | undefined>;
  save(job: PrintJob): Promise<void>;
};

declare const mailer: {
  send(to: string, subject: string, body: string): Promise<void>;
};

export interface WorkerOptions {
  signal: AbortSignal;
  idlePollMs?: number;
}

export class PrintQueueWorker {
  private processed = 0;

  get processedCount(): number {
    return this.processed;
  }

  async run({ signal, idlePollMs = 2_000 }: WorkerOptions): Promise<void> {
    while (!signal.aborted) {
      const job = await jobStore.nextQueued();
      if (!job) {
        await delay(idlePollMs, undefined, { signal });
        continue;
      }
      await this.process(job, signal);
    }
  }

  private async process(job: PrintJob, signal: AbortSignal): Promise<void> {
    job.status = 'printing';
    await jobStore.save(job);

    try {
      const result = await pressApi.submit({ pdfUrl: job.pdfUrl, copies: job.copies, paper: job.paper }, { signal });
      job.status = 'done';
      await jobStore.save(job);
      this.processed++;
      await mailer.send(
        job.customerEmail,
        `Your print job ${job.id} is ready`,
        `${result.pages * job.copies} pages on ${job.paper} are waiting at the counter.`,
      );
    } catch (err) {
      job.status = 'failed';
      job.failureReason = err instanceof Error ? err.message : String(err);
      await jobStore.save(job);
      await mailer.send(
        job.customerEmail,
        `Problem with print job ${job.id}`,
        `We could not print your job: ${job.failureReason}. Reply to this email and we'll sort it out.`,
      );
    }
  }
}
