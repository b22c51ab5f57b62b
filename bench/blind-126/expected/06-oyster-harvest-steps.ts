// expect: none
// runSteps expects step functions and invokes each one itself, so handing it bound async method references is exactly what its signature asks for.
export interface HarvestHardware {
  raiseLines(lease: string): Promise<number>;
  tumbleBags(lease: string, minutes: number): Promise<void>;
  gradeOysters(lease: string): Promise<{ select: number; standard: number; rejects: number }>;
  logHarvest(lease: string, counts: Record<string, number>): Promise<void>;
}

export interface HarvestStep {
  name: string;
  run: () => Promise<void>;
}

export interface StepTiming {
  name: string;
  ms: number;
}

export async function runSteps(steps: HarvestStep[], onStep?: (t: StepTiming) => void): Promise<StepTiming[]> {
  const timings: StepTiming[] = [];
  for (const step of steps) {
    const started = Date.now();
    try {
      await step.run();
    } catch (err) {
      throw new Error(`harvest step "${step.name}" failed`, { cause: err });
    }
    const timing = { name: step.name, ms: Date.now() - started };
    timings.push(timing);
    onStep?.(timing);
  }
  return timings;
}

export class HarvestDay {
  private linesRaised = 0;
  private counts: Record<string, number> = {};

  constructor(
    private readonly hw: HarvestHardware,
    private readonly lease: string,
  ) {}

  async run(): Promise<StepTiming[]> {
    return runSteps([
      { name: 'raise lines', run: this.raiseLines.bind(this) },
      { name: 'tumble', run: this.tumble.bind(this) },
      { name: 'grade', run: this.grade.bind(this) },
      { name: 'log', run: this.record.bind(this) },
    ]);
  }

  private async raiseLines(): Promise<void> {
    this.linesRaised = await this.hw.raiseLines(this.lease);
    if (this.linesRaised === 0) throw new Error(`no lines came up on ${this.lease}`);
  }

  private async tumble(): Promise<void> {
    await this.hw.tumbleBags(this.lease, Math.min(20, 4 * this.linesRaised));
  }

  private async grade(): Promise<void> {
    this.counts = await this.hw.gradeOysters(this.lease);
  }

  private async record(): Promise<void> {
    await this.hw.logHarvest(this.lease, { ...this.counts, lines: this.linesRaised });
  }
}
