// expect: no-reused-settled-promise
// queue.reserve() is called once before the polling loop, so every iteration re-awaits the same reservation and reprocesses one job forever.
interface Job {
  id: string;
  type: 'resize' | 'transcode';
  input: string;
}

declare const queue: {
  reserve(timeoutSec: number): Promise<Job>;
  complete(id: string): Promise<void>;
  fail(id: string, reason: string): Promise<void>;
};

declare function runJob(job: Job): Promise<void>;

export class Consumer {
  private running = false;

  async start(): Promise<void> {
    this.running = true;
    const reservation = queue.reserve(30);

    while (this.running) {
      const job = await reservation;
      try {
        await runJob(job);
        await queue.complete(job.id);
      } catch (err) {
        await queue.fail(job.id, (err as Error).message);
      }
    }
  }

  stop(): void {
    this.running = false;
  }
}
