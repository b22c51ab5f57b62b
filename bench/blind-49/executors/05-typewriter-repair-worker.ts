// expect: no-multiple-settle
// The deferred is settled on 'done'/'failed' messages and non-zero exits, but a worker that exits with code 0 without posting 'done' leaves it pending forever.
import { Worker } from 'node:worker_threads';

export interface RepairTicket {
  ticketId: string;
  model: string;
  serial: string;
  faults: string[];
  priority: 'rush' | 'standard';
}

export interface RepairEstimate {
  ticketId: string;
  partsCost: number;
  benchMinutes: number;
  partsToOrder: string[];
}

type WorkerMessage =
  | { type: 'progress'; ticketId: string; step: string }
  | { type: 'done'; estimate: RepairEstimate }
  | { type: 'failed'; ticketId: string; reason: string };

declare const shopLog: {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
};

const ESTIMATOR_SCRIPT = new URL('./estimator-worker.js', 'file:///srv/typewriter-shop/dist/');

interface QueuedJob {
  ticket: RepairTicket;
  resolve: (estimate: RepairEstimate) => void;
  reject: (err: Error) => void;
}

export class RepairQueue {
  private readonly waiting: QueuedJob[] = [];
  private running = 0;

  constructor(private readonly concurrency = 2) {}

  estimate(ticket: RepairTicket): Promise<RepairEstimate> {
    const { promise, resolve, reject } = Promise.withResolvers<RepairEstimate>();
    const job: QueuedJob = { ticket, resolve, reject };
    if (ticket.priority === 'rush') this.waiting.unshift(job);
    else this.waiting.push(job);
    this.pump();
    return promise;
  }

  get depth(): number {
    return this.waiting.length;
  }

  private pump(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      this.running++;
      this.runJob(job);
    }
  }

  private runJob(job: QueuedJob): void {
    const worker = new Worker(ESTIMATOR_SCRIPT, { workerData: job.ticket });
    const finish = () => {
      this.running--;
      this.pump();
    };

    worker.on('message', (msg: WorkerMessage) => {
      switch (msg.type) {
        case 'progress':
          shopLog.info('estimator progress', { ticket: msg.ticketId, step: msg.step });
          break;
        case 'done':
          job.resolve(msg.estimate);
          break;
        case 'failed':
          job.reject(new Error(`estimate for ${msg.ticketId} failed: ${msg.reason}`));
          break;
      }
    });
    let crash: Error | undefined;
    worker.on('error', (err) => {
      shopLog.warn('estimator crashed', { ticket: job.ticket.ticketId, err: err.message });
      crash = err;
    });
    worker.on('exit', (code) => {
      if (code !== 0) {
        job.reject(crash ?? new Error(`estimator for ${job.ticket.ticketId} exited with code ${code}`));
      }
      finish();
    });
  }
}

export async function estimateBacklog(queue: RepairQueue, tickets: RepairTicket[]): Promise<Map<string, RepairEstimate>> {
  const estimates = await Promise.all(tickets.map((t) => queue.estimate(t)));
  const byTicket = new Map<string, RepairEstimate>();
  for (const estimate of estimates) byTicket.set(estimate.ticketId, estimate);
  return byTicket;
}
