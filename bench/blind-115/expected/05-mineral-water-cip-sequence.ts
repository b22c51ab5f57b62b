// expect: none
// The clean-in-place steps are stored as thunks that call the methods, and the loop invokes each one with step.run() before awaiting it.
export interface CipValve {
  open(circuit: string): Promise<void>;
  close(circuit: string): Promise<void>;
}

export interface CipPump {
  circulate(solution: 'caustic' | 'acid' | 'rinse' | 'sanitiser', tempC: number, minutes: number): Promise<{ conductivity: number }>;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
}

interface CipStep {
  name: string;
  run: () => Promise<void>;
}

export class CleanInPlace {
  private readonly completed: string[] = [];

  constructor(
    private readonly valves: CipValve,
    private readonly pump: CipPump,
    private readonly log: Logger,
  ) {}

  async runCycle(circuit: string): Promise<string[]> {
    this.completed.length = 0;
    const steps: CipStep[] = [
      { name: 'pre-rinse', run: () => this.rinse(circuit, 10) },
      { name: 'caustic wash', run: () => this.wash(circuit, 'caustic', 75, 20) },
      { name: 'intermediate rinse', run: () => this.rinse(circuit, 8) },
      { name: 'acid wash', run: () => this.wash(circuit, 'acid', 60, 15) },
      { name: 'sanitise', run: () => this.wash(circuit, 'sanitiser', 20, 10) },
      { name: 'final rinse', run: () => this.rinse(circuit, 10) },
    ];

    await this.valves.open(circuit);
    try {
      for (const step of steps) {
        const started = Date.now();
        await step.run();
        this.completed.push(step.name);
        this.log.info('CIP step done', { circuit, step: step.name, ms: Date.now() - started });
      }
    } finally {
      await this.valves.close(circuit);
    }
    return [...this.completed];
  }

  private async rinse(circuit: string, minutes: number): Promise<void> {
    const { conductivity } = await this.pump.circulate('rinse', 20, minutes);
    if (conductivity > 50) {
      throw new Error(`rinse water on ${circuit} still conductive (${conductivity} µS/cm)`);
    }
  }

  private async wash(circuit: string, solution: 'caustic' | 'acid' | 'sanitiser', tempC: number, minutes: number): Promise<void> {
    const { conductivity } = await this.pump.circulate(solution, tempC, minutes);
    if (conductivity < 1_000) {
      throw new Error(`${solution} concentration on ${circuit} too low (${conductivity} µS/cm)`);
    }
  }
}
