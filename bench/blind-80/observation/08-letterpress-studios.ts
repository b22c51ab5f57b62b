// expect: no-floating-promises
// The async 'job' listener's promise is ignored by EventEmitter, so a failed plate fetch, press run or ledger write becomes an unhandled rejection and the queue never hears about it.
import { EventEmitter } from 'node:events';

export interface PrintJob {
  id: string;
  plateId: string;
  stock: 'cotton-300' | 'bamboo-250' | 'kraft-220';
  copies: number;
  inks: string[];
}

interface Plate {
  id: string;
  kind: 'photopolymer' | 'metal-type' | 'wood-type';
  widthMm: number;
  heightMm: number;
}

declare const plateStore: {
  fetch(plateId: string): Promise<Plate>;
};

declare const press: {
  readonly bedMm: [number, number];
  run(plate: Plate, stock: PrintJob['stock'], copies: number, inks: string[]): Promise<{ spoiled: number }>;
};

declare const ledger: {
  record(jobId: string, printed: number, spoiled: number): Promise<void>;
};

export class PressQueue extends EventEmitter {
  private readonly waiting: PrintJob[] = [];
  private busy = false;

  submit(job: PrintJob): void {
    if (job.copies <= 0) throw new Error(`job ${job.id} has no copies`);
    if (job.inks.length > 3) throw new Error(`job ${job.id}: one pass per ink, max three inks per job`);
    this.waiting.push(job);
    this.next();
  }

  done(): void {
    this.busy = false;
    this.next();
  }

  get depth(): number {
    return this.waiting.length;
  }

  private next(): void {
    if (this.busy) return;
    const job = this.waiting.shift();
    if (!job) return;
    this.busy = true;
    this.emit('job', job);
  }
}

function fitsBed(plate: Plate): boolean {
  const [w, h] = press.bedMm;
  return (plate.widthMm <= w && plate.heightMm <= h) || (plate.widthMm <= h && plate.heightMm <= w);
}

function makeReadyCopies(plate: Plate, copies: number): number {
  // Wood type needs more make-ready sheets to bring up even impression.
  const extra = plate.kind === 'wood-type' ? 6 : plate.kind === 'metal-type' ? 3 : 2;
  return copies + extra;
}

export function startPressWorker(queue: PressQueue): void {
  queue.on('job', async (job: PrintJob) => {
    const plate = await plateStore.fetch(job.plateId);
    if (!fitsBed(plate)) {
      queue.emit('rejected', job, `plate ${plate.id} is larger than the press bed`);
      queue.done();
      return;
    }
    const { spoiled } = await press.run(plate, job.stock, makeReadyCopies(plate, job.copies), job.inks);
    await ledger.record(job.id, job.copies, spoiled);
    queue.emit('printed', job, spoiled);
    queue.done();
  });
}
