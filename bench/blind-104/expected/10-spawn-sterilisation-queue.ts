// expect: no-uncalled-async-function
// When the batch is empty the job returns this.autoclave.purge instead of calling it, so the queue resolves with the function object, the purge cycle never runs and the chamber is logged as purged while still holding condensate.
export interface SubstrateBatch {
  batchId: string;
  grain: 'rye' | 'millet' | 'oat';
  bags: number;
  hydrationPct: number;
}

export interface Autoclave {
  cycle(batches: SubstrateBatch[], minutesAt121C: number): Promise<{ cycleNo: number }>;
  purge(): Promise<void>;
}

type Job = () => unknown;

export class EquipmentQueue {
  private tail: Promise<unknown> = Promise.resolve();

  add(job: Job): Promise<unknown> {
    const run = this.tail.then(job);
    this.tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  idle(): Promise<unknown> {
    return this.tail;
  }
}

export class SterilisationPlanner {
  readonly log: string[] = [];

  constructor(
    private readonly autoclave: Autoclave,
    private readonly queue: EquipmentQueue,
  ) {}

  static minutesFor(batches: SubstrateBatch[]): number {
    const bags = batches.reduce((n, b) => n + b.bags, 0);
    const grainHeavy = batches.some((b) => b.grain === 'rye' && b.hydrationPct > 55);
    return Math.max(90, Math.min(180, 60 + bags * 5 + (grainHeavy ? 30 : 0)));
  }

  async endOfShift(batches: SubstrateBatch[]): Promise<void> {
    const ready = batches.filter((b) => b.bags > 0);
    await this.queue.add(() =>
      ready.length > 0
        ? this.autoclave.cycle(ready, SterilisationPlanner.minutesFor(ready))
        : this.autoclave.purge,
    );
    this.log.push(
      ready.length > 0
        ? `sterilised ${ready.map((b) => b.batchId).join(', ')}`
        : 'no batches; chamber purged',
    );
  }
}
