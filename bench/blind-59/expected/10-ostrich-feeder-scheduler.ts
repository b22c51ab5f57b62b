// expect: none
// Job factories are stored as callables and invoked per run, the interval callback calls tick() and handles its promise, and loadRations() is returned called.
import { EventEmitter } from 'node:events';

export interface Pen {
  penId: string;
  birds: number;
  avgWeightKg: number;
  chicks: boolean;
}

export interface Ration {
  penId: string;
  pelletsKg: number;
  lucerneKg: number;
  gritKg: number;
}

declare const penRegistry: { all(): Promise<Pen[]> };
declare const hoppers: { dispense(ration: Ration): Promise<{ dispensedKg: number }> };
declare const waterLine: { flush(penId: string): Promise<void> };
declare const log: { error(msg: string, err: unknown): void; info(msg: string): void };

type Job = () => Promise<void>;

export class FeederScheduler extends EventEmitter {
  private readonly jobs = new Map<string, Job>();
  private timer?: NodeJS.Timeout;
  private busy = false;

  constructor() {
    super();
    this.jobs.set('morning-feed', () => this.feedAll());
    this.jobs.set('water-flush', this.flushWater);
    this.on('storm', this.onStorm);
  }

  loadRations(): Promise<Ration[]> {
    return penRegistry.all().then((pens) => pens.map((pen) => this.rationFor(pen)));
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      this.tick().catch((err) => log.error('feeder tick failed', err));
    }, intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async runJob(name: string): Promise<void> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`unknown feeder job ${name}`);
    await job();
  }

  private async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const hour = new Date().getHours();
      if (hour === 6) await this.runJob('morning-feed');
      if (hour % 4 === 0) await this.runJob('water-flush');
    } finally {
      this.busy = false;
    }
  }

  private rationFor(pen: Pen): Ration {
    const perBird = pen.chicks ? 0.4 : Math.min(2.5, pen.avgWeightKg * 0.02);
    return {
      penId: pen.penId,
      pelletsKg: perBird * pen.birds * 0.7,
      lucerneKg: perBird * pen.birds * 0.3,
      gritKg: pen.birds * 0.02,
    };
  }

  private async feedAll(): Promise<void> {
    for (const ration of await this.loadRations()) {
      const { dispensedKg } = await hoppers.dispense(ration);
      log.info(`pen ${ration.penId}: ${dispensedKg.toFixed(1)}kg dispensed`);
    }
  }

  private flushWater = async (): Promise<void> => {
    for (const pen of await penRegistry.all()) await waterLine.flush(pen.penId);
  };

  private onStorm = (): void => {
    this.stop();
    log.info('storm warning: feeding paused, birds kept in shelters');
  };
}
