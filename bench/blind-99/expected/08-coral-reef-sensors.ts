// expect: none
// The maintenance queue stores functions on purpose and drain() calls each job before awaiting it, and shutdown awaits this.queue.drain() and this.link.close() with the calls made, so nothing is awaited uncalled.
export interface BuoyLink {
  calibrate(sensor: 'ph' | 'temp' | 'oxygen'): Promise<number>;
  wipeLens(): Promise<void>;
  close(): Promise<void>;
}

type Job = () => Promise<void>;

export class MaintenanceQueue {
  private readonly jobs: Array<{ name: string; job: Job }> = [];
  readonly completed: string[] = [];
  readonly errors: string[] = [];

  add(name: string, job: Job): void {
    this.jobs.push({ name, job });
  }

  get size(): number {
    return this.jobs.length;
  }

  async drain(): Promise<void> {
    while (this.jobs.length > 0) {
      const { name, job } = this.jobs.shift()!;
      try {
        await job();
        this.completed.push(name);
      } catch (err) {
        this.errors.push(`${name}: ${(err as Error).message}`);
      }
    }
  }
}

export class BuoyMaintainer {
  private readonly queue = new MaintenanceQueue();
  readonly offsets = new Map<string, number>();

  constructor(private readonly buoyId: string, private readonly link: BuoyLink) {}

  scheduleWeekly(): void {
    this.queue.add('wipe lens', () => this.link.wipeLens());
    for (const sensor of ['ph', 'temp', 'oxygen'] as const) {
      this.queue.add(`calibrate ${sensor}`, async () => {
        const offset = await this.link.calibrate(sensor);
        if (Math.abs(offset) > 0.5) throw new Error(`${sensor} drift ${offset} needs a diver`);
        this.offsets.set(sensor, offset);
      });
    }
  }

  async shutdown(): Promise<string> {
    await this.queue.drain();
    await this.link.close();
    const errs = this.queue.errors;
    return errs.length === 0
      ? `${this.buoyId}: maintenance complete (${this.queue.completed.length} jobs)`
      : `${this.buoyId}: ${errs.length} job(s) need attention: ${errs.join('; ')}`;
  }
}
