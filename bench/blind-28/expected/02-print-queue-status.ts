// expect: no-reused-settled-promise
// Bug: the status request is created once before the poll loop, so every iteration re-awaits the same settled response and the job never appears to finish.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

type JobState = 'queued' | 'rasterizing' | 'printing' | 'finished' | 'failed';

interface JobStatus {
  jobId: string;
  state: JobState;
  pagesPrinted: number;
  totalPages: number;
  error?: string;
}

declare const pressController: {
  submit(pdf: Buffer, opts: { copies: number; stock: string }): Promise<{ jobId: string }>;
  getStatus(jobId: string): Promise<JobStatus>;
};

export interface PrintOrder {
  orderId: string;
  artwork: Buffer;
  copies: number;
  stock: 'gloss-170' | 'matte-250' | 'uncoated-90';
}

export class PrintQueueTracker extends EventEmitter {
  constructor(
    private readonly pollIntervalMs = 2_000,
    private readonly maxWaitMs = 30 * 60_000,
  ) {
    super();
  }

  async run(order: PrintOrder): Promise<JobStatus> {
    const { jobId } = await pressController.submit(order.artwork, {
      copies: order.copies,
      stock: order.stock,
    });
    this.emit('submitted', { orderId: order.orderId, jobId });
    return this.waitForCompletion(order.orderId, jobId);
  }

  private async waitForCompletion(orderId: string, jobId: string): Promise<JobStatus> {
    const deadline = Date.now() + this.maxWaitMs;
    const statusRequest = pressController.getStatus(jobId);
    let lastPages = -1;

    while (Date.now() < deadline) {
      const status = await statusRequest;

      if (status.pagesPrinted !== lastPages) {
        lastPages = status.pagesPrinted;
        this.emit('progress', {
          orderId,
          jobId,
          percent: Math.round((status.pagesPrinted / Math.max(status.totalPages, 1)) * 100),
        });
      }

      if (status.state === 'finished') {
        this.emit('finished', { orderId, jobId });
        return status;
      }
      if (status.state === 'failed') {
        throw new Error(`press job ${jobId} failed: ${status.error ?? 'unknown error'}`);
      }

      await sleep(this.pollIntervalMs);
    }

    throw new Error(`press job ${jobId} for order ${orderId} did not finish within ${this.maxWaitMs}ms`);
  }
}
