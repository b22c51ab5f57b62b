// expect: none
// The 'job' listener is synchronous and chains each job's promise into a .catch whose handler cannot throw, so no pressing job is left floating.
import { EventEmitter } from 'node:events';

export interface PressJob {
  id: string;
  memberId: string;
  variety: string; // e.g. "Kingston Black", "Dabinett"
  bushels: number;
}

export interface JobQueue extends EventEmitter {
  ack(jobId: string): Promise<void>;
  nack(jobId: string, requeue: boolean): Promise<void>;
}

export interface PressController {
  mill(bushels: number): Promise<number>; // kg of pomace
  press(pomaceKg: number): Promise<number>; // litres of juice
}

export interface Ledger {
  recordJuice(memberId: string, variety: string, litres: number): Promise<void>;
}

export class PressQueueWorker extends EventEmitter {
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly queue: JobQueue,
    private readonly press: PressController,
    private readonly ledger: Ledger,
  ) {
    super();
  }

  start(): void {
    this.queue.on('job', (job: PressJob) => {
      this.run(job).catch((err: unknown) => this.reportFailure(job, err));
    });
  }

  get busy(): number {
    return this.inFlight.size;
  }

  private async run(job: PressJob): Promise<void> {
    this.inFlight.add(job.id);
    try {
      const pomaceKg = await this.press.mill(job.bushels);
      const litres = await this.press.press(pomaceKg);
      await this.ledger.recordJuice(job.memberId, job.variety, litres);
      await this.queue.ack(job.id);
      this.emit('pressed', { jobId: job.id, litres });
    } catch (err) {
      await this.queue.nack(job.id, job.bushels <= 40);
      throw err;
    } finally {
      this.inFlight.delete(job.id);
    }
  }

  private reportFailure(job: PressJob, err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    this.emit('job-failed', { jobId: job.id, memberId: job.memberId, message });
  }
}
