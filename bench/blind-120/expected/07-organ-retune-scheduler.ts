// expect: none
// The tasks handed to the scheduler are bound method references that the scheduler itself calls and awaits, and stop() calls flush() rather than awaiting the method.
import { appendFile } from 'node:fs/promises';

type Task = () => Promise<void>;

export class MaintenanceScheduler {
  private readonly queue: { name: string; task: Task }[] = [];
  readonly failures: { name: string; error: unknown }[] = [];

  add(name: string, task: Task): void {
    this.queue.push({ name, task });
  }

  get size(): number {
    return this.queue.length;
  }

  async runAll(): Promise<number> {
    let ran = 0;
    while (this.queue.length > 0) {
      const { name, task } = this.queue.shift()!;
      ran++;
      try {
        await task();
      } catch (error) {
        this.failures.push({ name, error });
      }
    }
    return ran;
  }
}

export interface ReedStop {
  name: string;
  pipes: number;
  retune(temperatureC: number): Promise<number>;
}

export class RetuneCrew {
  private readonly log: string[] = [];

  constructor(
    private readonly scheduler: MaintenanceScheduler,
    private readonly stops: ReedStop[],
    private readonly logPath: string,
  ) {}

  private async retuneTrumpet(): Promise<void> {
    await this.retuneStop('Trompette 8');
  }

  private async retuneVoxHumana(): Promise<void> {
    await this.retuneStop('Vox Humana 8');
  }

  private async retuneStop(name: string): Promise<void> {
    const stop = this.stops.find((s) => s.name === name);
    if (!stop) throw new Error(`no stop named ${name}`);
    const moved = await stop.retune(18);
    this.log.push(`${new Date().toISOString()} ${name}: ${moved}/${stop.pipes} reeds adjusted`);
  }

  private async flush(): Promise<void> {
    if (this.log.length === 0) return;
    const lines = this.log.splice(0);
    await appendFile(this.logPath, lines.join('\n') + '\n', 'utf8');
  }

  /** Reeds drift with the church temperature; touch them up before every service. */
  async beforeService(): Promise<void> {
    this.scheduler.add('trumpet', this.retuneTrumpet.bind(this));
    this.scheduler.add('vox humana', this.retuneVoxHumana.bind(this));
    await this.scheduler.runAll();
    await this.flush();
  }

  async stop(): Promise<void> {
    await this.scheduler.runAll();
    await this.flush();
  }
}
