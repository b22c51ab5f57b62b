// expect: none
// timed() takes a function and calls it itself, and every call site passes an arrow function or a bound method, so each step's promise is really created and awaited.
import { performance } from 'node:perf_hooks';

export interface Workshop {
  cutTubes(orderId: string): Promise<number>;
  drillSuspensionHoles(orderId: string): Promise<void>;
  tuneTubes(orderId: string): Promise<Array<{ note: string; cents: number }>>;
  assemble(orderId: string): Promise<{ serial: string }>;
}

export interface StepTiming {
  step: string;
  ms: number;
  ok: boolean;
}

export class ChimeBuild {
  readonly timings: StepTiming[] = [];

  constructor(private readonly workshop: Workshop, private readonly orderId: string) {}

  private async timed<T>(step: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    let ok = false;
    try {
      const result = await work();
      ok = true;
      return result;
    } finally {
      this.timings.push({ step, ms: Math.round(performance.now() - started), ok });
    }
  }

  private async polish(): Promise<void> {
    // Brass tubes get a lacquer pass; nothing to wait on for aluminium.
    await Promise.resolve();
  }

  async build(): Promise<{ serial: string; worstCents: number }> {
    const tubes = await this.timed('cut', () => this.workshop.cutTubes(this.orderId));
    if (tubes < 5) throw new Error(`Order ${this.orderId}: only ${tubes} tubes cut`);

    await this.timed('drill', () => this.workshop.drillSuspensionHoles(this.orderId));
    const tuning = await this.timed('tune', () => this.workshop.tuneTubes(this.orderId));
    await this.timed('polish', this.polish.bind(this));
    const { serial } = await this.timed('assemble', () => this.workshop.assemble(this.orderId));

    const worstCents = Math.max(...tuning.map((t) => Math.abs(t.cents)));
    return { serial, worstCents };
  }

  slowest(): StepTiming | undefined {
    return [...this.timings].sort((a, b) => b.ms - a.ms)[0];
  }
}
