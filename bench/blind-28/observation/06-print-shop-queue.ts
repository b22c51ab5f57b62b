// expect: none
// The background drain and customer notifications are deliberate fire-and-forget calls that each get a .catch handler at the call site.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

export type PrintJobState = 'queued' | 'printing' | 'done' | 'failed';

export interface PrintJob {
  id: string;
  customerEmail: string;
  file: string;
  copies: number;
  stock: 'matte' | 'gloss' | 'card';
  state: PrintJobState;
  attempts: number;
}

declare const press: {
  isIdle(): Promise<boolean>;
  print(file: string, copies: number, stock: PrintJob['stock']): Promise<void>;
};

declare const mailer: {
  send(to: string, subject: string, body: string): Promise<void>;
};

const MAX_ATTEMPTS = 3;

export class PrintQueue extends EventEmitter {
  private readonly jobs: PrintJob[] = [];
  private draining = false;
  private timer: NodeJS.Timeout | null = null;

  enqueue(customerEmail: string, file: string, copies: number, stock: PrintJob['stock']): PrintJob {
    const job: PrintJob = { id: randomUUID(), customerEmail, file, copies, stock, state: 'queued', attempts: 0 };
    this.jobs.push(job);
    this.kick();
    return job;
  }

  startPolling(intervalMs = 15_000): void {
    this.timer ??= setInterval(() => this.kick(), intervalMs);
  }

  stopPolling(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private kick(): void {
    if (this.draining) return;
    this.drain().catch((err: unknown) => this.emit('drainFailed', err));
  }

  private notify(job: PrintJob, subject: string, body: string): void {
    mailer.send(job.customerEmail, subject, body).catch((err: unknown) => {
      this.emit('warning', `could not email ${job.customerEmail} about ${job.id}: ${String(err)}`);
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (await press.isIdle()) {
        const job = this.jobs.find((j) => j.state === 'queued');
        if (!job) return;
        job.state = 'printing';
        job.attempts++;
        try {
          await press.print(job.file, job.copies, job.stock);
          job.state = 'done';
          this.notify(job, 'Your print job is ready', `Job ${job.id} (${job.copies}x ${job.stock}) is ready for pickup.`);
          this.emit('done', job);
        } catch (err) {
          job.state = job.attempts >= MAX_ATTEMPTS ? 'failed' : 'queued';
          if (job.state === 'failed') {
            this.notify(job, 'Problem with your print job', `We could not print ${job.file}. Our staff will contact you.`);
          }
          this.emit('jobError', job, err);
        }
      }
    } finally {
      this.draining = false;
    }
  }
}
