// expect: none
// The bake-day steps are stored as arrow functions and each one is called with step.run() inside the loop, so every stage really runs and is awaited in order.
export interface Levain {
  starter: string;
  grams: number;
  builtAt?: Date;
}

export interface Oven {
  preheat(celsius: number): Promise<void>;
  loadSteam(): Promise<void>;
}

export interface Proofer {
  setTemperature(celsius: number): Promise<void>;
  waitForRise(pct: number): Promise<number>;
}

export interface Mixer {
  autolyse(minutes: number): Promise<void>;
  mix(levain: Levain, saltGrams: number): Promise<void>;
}

export interface StepResult {
  name: string;
  ms: number;
}

export class BakeDay {
  constructor(
    private readonly oven: Oven,
    private readonly proofer: Proofer,
    private readonly mixer: Mixer,
    private readonly log: (line: string) => void = console.log,
  ) {}

  private async buildLevain(levain: Levain): Promise<void> {
    await this.proofer.setTemperature(26);
    await this.proofer.waitForRise(100);
    levain.builtAt = new Date();
  }

  async run(levain: Levain, saltGrams: number): Promise<StepResult[]> {
    const steps: Array<{ name: string; run: () => Promise<unknown> }> = [
      { name: 'levain', run: () => this.buildLevain(levain) },
      { name: 'autolyse', run: () => this.mixer.autolyse(45) },
      { name: 'mix', run: () => this.mixer.mix(levain, saltGrams) },
      { name: 'bulk', run: () => this.proofer.waitForRise(75) },
      { name: 'preheat', run: () => this.oven.preheat(250) },
      { name: 'steam', run: () => this.oven.loadSteam() },
    ];

    const results: StepResult[] = [];
    for (const step of steps) {
      const started = Date.now();
      await step.run();
      const ms = Date.now() - started;
      results.push({ name: step.name, ms });
      this.log(`${step.name} done in ${(ms / 60_000).toFixed(1)} min`);
    }
    return results;
  }
}

export function slowestStep(results: StepResult[]): StepResult | undefined {
  return results.reduce<StepResult | undefined>((max, r) => (!max || r.ms > max.ms ? r : max), undefined);
}

export function saltFor(flourGrams: number, pct = 2): number {
  return Math.round(flourGrams * (pct / 100));
}
