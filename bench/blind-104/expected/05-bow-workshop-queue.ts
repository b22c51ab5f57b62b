// expect: none
// workOrders yields thunks on purpose and the bench loop calls each one before awaiting it, and shutdown calls both close methods, so every awaited or collected value is a real promise rather than an uncalled function.
import { EventEmitter } from 'node:events';

export interface BowJob {
  serial: string;
  work: 'rehair' | 'camber' | 'tip-repair';
  owner: string;
}

export interface Workbench {
  rehair(serial: string): Promise<number>;
  adjustCamber(serial: string): Promise<number>;
  repairTip(serial: string): Promise<number>;
  close(): Promise<void>;
}

export interface JobLedger {
  log(serial: string, minutes: number): Promise<void>;
  close(): Promise<void>;
}

type Task = { serial: string; run: () => Promise<number> };

function* workOrders(bench: Workbench, jobs: BowJob[]): Generator<Task> {
  const order: Record<BowJob['work'], number> = { 'tip-repair': 0, camber: 1, rehair: 2 };
  for (const job of [...jobs].sort((a, b) => order[a.work] - order[b.work])) {
    switch (job.work) {
      case 'rehair':
        yield { serial: job.serial, run: () => bench.rehair(job.serial) };
        break;
      case 'camber':
        yield { serial: job.serial, run: () => bench.adjustCamber(job.serial) };
        break;
      case 'tip-repair':
        yield { serial: job.serial, run: () => bench.repairTip(job.serial) };
        break;
    }
  }
}

export class BowWorkshop extends EventEmitter {
  private open = true;

  constructor(
    private readonly bench: Workbench,
    private readonly ledger: JobLedger,
  ) {
    super();
  }

  async workDay(jobs: BowJob[]): Promise<number> {
    let minutes = 0;
    for (const task of workOrders(this.bench, jobs)) {
      if (!this.open) break;
      const spent = await task.run();
      await this.ledger.log(task.serial, spent);
      minutes += spent;
      this.emit('done', task.serial, spent);
    }
    return minutes;
  }

  async shutdown(): Promise<void> {
    this.open = false;
    await Promise.all([this.bench.close(), this.ledger.close()]);
    this.removeAllListeners();
  }
}
