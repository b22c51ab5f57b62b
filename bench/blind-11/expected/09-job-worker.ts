// expect: no-uncalled-async-function
// runBatch maps each job to the method reference job.execute instead of job.execute(), so allSettled sees plain functions, every job is acked as fulfilled and none ever runs.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface JobRecord {
  id: string;
  type: string;
  payload: unknown;
  attempts: number;
}

export interface QueueBackend {
  claim(workerId: string, max: number, leaseMs: number): Promise<JobRecord[]>;
  ack(jobId: string): Promise<void>;
  nack(jobId: string, reason: string, retryInMs: number): Promise<void>;
}

export abstract class Job<P = unknown> {
  constructor(
    readonly record: JobRecord,
    protected readonly payload: P,
  ) {}
  abstract execute(): Promise<void>;
}

export type JobFactory = (record: JobRecord) => Job;

export class JobWorker extends EventEmitter {
  private running = false;
  private readonly abort = new AbortController();

  constructor(
    private readonly workerId: string,
    private readonly queue: QueueBackend,
    private readonly factories: Map<string, JobFactory>,
    private readonly concurrency = 8,
  ) {
    super();
  }

  private instantiate(record: JobRecord): Job | null {
    const factory = this.factories.get(record.type);
    if (!factory) {
      this.emit('unknown-type', record);
      return null;
    }
    return factory(record);
  }

  async runBatch(records: JobRecord[]): Promise<void> {
    const batch = records.map((r) => this.instantiate(r)).filter((j): j is Job => j !== null);
    const pending = batch.map((job) => job.execute);
    const results = await Promise.allSettled(pending);

    await Promise.all(
      results.map((result, i) => {
        const { id, attempts } = batch[i].record;
        if (result.status === 'fulfilled') {
          this.emit('completed', id);
          return this.queue.ack(id);
        }
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        this.emit('failed', id, reason);
        return this.queue.nack(id, reason, Math.min(60_000, 1_000 * 2 ** attempts));
      }),
    );
  }

  async start(): Promise<void> {
    this.running = true;
    while (this.running) {
      const records = await this.queue.claim(this.workerId, this.concurrency, 30_000);
      if (records.length === 0) {
        try {
          await sleep(1_000, undefined, { signal: this.abort.signal });
        } catch {
          break;
        }
        continue;
      }
      await this.runBatch(records);
    }
    this.emit('stopped');
  }

  stop(): void {
    this.running = false;
    this.abort.abort();
  }
}
