// expect: none
// The worker's message handler chains .catch onto the async apply() call, and the zone updates run through Promise.all(map(async ...)) which is awaited.
import { Worker } from 'node:worker_threads';

export interface MistProgram {
  zoneId: string;
  pulsesPerHour: number;
  pulseSeconds: number;
  humidityFloorPct: number;
}

interface ScheduleMessage {
  kind: 'program';
  programs: MistProgram[];
  computedAt: string;
}

declare const misterValves: {
  configure(zoneId: string, pulsesPerHour: number, pulseSeconds: number): Promise<void>;
  currentHumidity(zoneId: string): Promise<number>;
};

declare const greenhouseLog: {
  info(message: string): void;
  error(message: string, err: unknown): void;
};

export class MisterScheduleRunner {
  private worker?: Worker;
  private applied = 0;

  constructor(private readonly plannerScript: string) {}

  start(): void {
    const worker = new Worker(this.plannerScript);
    worker.on('message', (message: ScheduleMessage) => {
      if (message.kind !== 'program') return;
      this.apply(message.programs).catch((err: unknown) => {
        greenhouseLog.error(`failed to apply mist schedule computed at ${message.computedAt}`, err);
      });
    });
    worker.on('error', (err) => greenhouseLog.error('mist planner crashed', err));
    worker.on('exit', (code) => greenhouseLog.info(`mist planner exited with code ${code}`));
    this.worker = worker;
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  get programsApplied(): number {
    return this.applied;
  }

  private async apply(programs: MistProgram[]): Promise<void> {
    const adjusted = await Promise.all(
      programs.map(async (program) => {
        const humidity = await misterValves.currentHumidity(program.zoneId);
        const boost = humidity < program.humidityFloorPct ? 1.5 : 1;
        const pulses = Math.min(30, Math.round(program.pulsesPerHour * boost));
        await misterValves.configure(program.zoneId, pulses, program.pulseSeconds);
        return { zoneId: program.zoneId, pulses, humidity };
      }),
    );
    this.applied += adjusted.length;
    const boosted = adjusted.filter((z) => z.pulses > 0 && z.humidity < 60).map((z) => z.zoneId);
    if (boosted.length > 0) {
      greenhouseLog.info(`mist boosted in dry zones: ${boosted.join(', ')}`);
    }
  }
}
