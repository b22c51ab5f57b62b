// expect: no-uncalled-async-function
// The humidity job's arrow returns this.recalibrate instead of calling it, so the scheduler awaits a function value, logs the job as successful every 15 minutes, and the drifting hygrometers are never recalibrated.
export interface Job {
  name: string;
  everyMs: number;
  task: () => unknown;
}

export interface Log {
  info(msg: string): void;
  error(msg: string, err: unknown): void;
}

export class JobScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<string>();

  constructor(private readonly log: Log) {}

  every(name: string, everyMs: number, task: () => unknown): void {
    const job: Job = { name, everyMs, task };
    this.timers.set(name, setInterval(() => {
      this.run(job).catch((err: unknown) => this.log.error(`scheduler bug in ${name}`, err));
    }, everyMs));
  }

  private async run(job: Job): Promise<void> {
    if (this.running.has(job.name)) return;
    this.running.add(job.name);
    const started = Date.now();
    try {
      await job.task();
      this.log.info(`${job.name} ok in ${Date.now() - started}ms`);
    } catch (err) {
      this.log.error(`${job.name} failed`, err);
    } finally {
      this.running.delete(job.name);
    }
  }

  stop(): void {
    for (const t of this.timers.values()) clearInterval(t);
    this.timers.clear();
  }
}

export interface GalleryPlant {
  sampleRooms(): Promise<number>;
  recalibrateHygrometers(reference: number): Promise<void>;
  purgeLogsOlderThan(days: number): Promise<number>;
}

export class ClimateJobs {
  constructor(private readonly plant: GalleryPlant, private readonly scheduler: JobScheduler, private readonly referenceRh = 50) {}

  private async recalibrate(): Promise<void> {
    await this.plant.recalibrateHygrometers(this.referenceRh);
  }

  register(): void {
    this.scheduler.every('sample-rooms', 60_000, () => this.plant.sampleRooms());
    this.scheduler.every('recalibrate-humidity', 15 * 60_000, () => this.recalibrate);
    this.scheduler.every('purge-logs', 24 * 3_600_000, () => this.plant.purgeLogsOlderThan(400));
  }
}
