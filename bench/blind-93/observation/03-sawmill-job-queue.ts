// expect: no-floating-promises
// The async 'job' listener only has try/finally; EventEmitter ignores the returned promise, so a failed cut becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface SawJob {
  id: string;
  logId: string;
  species: 'spruce' | 'larch' | 'oak' | 'douglas';
  diameterCm: number;
  lengthM: number;
}

export interface CutPlan {
  logId: string;
  cuts: Array<{ thicknessMm: number; widthMm: number }>;
  yieldPct: number;
}

interface JobQueue extends EventEmitter {
  start(): void;
  stop(): Promise<void>;
  ack(jobId: string): Promise<void>;
  nack(jobId: string, requeue: boolean): Promise<void>;
}

declare const optimiser: { plan(job: SawJob): Promise<CutPlan> };
declare const headrig: { cut(plan: CutPlan): Promise<{ boards: number }> };
declare const metrics: { increment(name: string, by?: number): void; gauge(name: string, v: number): void };

export class HeadrigWorker {
  private active = 0;
  private boardsToday = 0;

  constructor(
    private readonly queue: JobQueue,
    private readonly maxConcurrent = 1,
  ) {}

  start(): void {
    this.queue.on('job', async (job: SawJob) => {
      if (this.active >= this.maxConcurrent) {
        await this.queue.nack(job.id, true);
        return;
      }
      this.active++;
      metrics.gauge('headrig.active', this.active);
      try {
        const plan = await optimiser.plan(job);
        const result = await headrig.cut(plan);
        this.boardsToday += result.boards;
        metrics.increment('headrig.boards', result.boards);
        await this.queue.ack(job.id);
      } finally {
        this.active--;
        metrics.gauge('headrig.active', this.active);
      }
    });
    this.queue.on('error', (err: Error) => {
      metrics.increment('headrig.queue_errors');
      console.error('headrig queue error', err);
    });
    this.queue.start();
  }

  async stop(): Promise<void> {
    await this.queue.stop();
    this.queue.removeAllListeners('job');
  }

  get boards(): number {
    return this.boardsToday;
  }
}
