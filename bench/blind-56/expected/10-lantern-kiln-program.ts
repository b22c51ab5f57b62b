// expect: none
// The firing program is a list of step functions that the runner calls one by one; functions are stored where functions are wanted, and each call is awaited.
export interface KilnLoad {
  loadId: string;
  lanterns: number;
  paper: 'washi' | 'kozo' | 'silk-tissue';
  frame: 'bamboo' | 'wire';
}

interface FiringStep {
  name: string;
  run: () => Promise<void>;
  skip?: () => boolean;
}

declare const kilnController: {
  rampTo(celsius: number, perMinute: number): Promise<void>;
  hold(minutes: number): Promise<void>;
  vent(open: boolean): Promise<void>;
  readTemp(): Promise<number>;
};

declare const humidity: {
  readPct(): Promise<number>;
};

declare const kilnJournal: {
  log(loadId: string, step: string, detail: string): Promise<void>;
};

export class LanternKilnProgram {
  private readonly steps: FiringStep[];

  constructor(private readonly load: KilnLoad) {
    const peak = load.paper === 'silk-tissue' ? 70 : 95;
    this.steps = [
      { name: 'vent-open', run: () => kilnController.vent(true) },
      { name: 'dry-ramp', run: () => kilnController.rampTo(45, 1.5) },
      { name: 'moisture-hold', run: () => this.holdUntilDry(), skip: () => load.frame === 'wire' },
      { name: 'set-ramp', run: () => kilnController.rampTo(peak, 1) },
      { name: 'glue-set', run: () => kilnController.hold(load.lanterns > 40 ? 35 : 20) },
      { name: 'vent-close', run: () => kilnController.vent(false) },
      { name: 'cool', run: () => kilnController.rampTo(30, 2) },
    ];
  }

  private async holdUntilDry(): Promise<void> {
    for (let i = 0; i < 6; i++) {
      const pct = await humidity.readPct();
      if (pct < 35) return;
      await kilnController.hold(5);
    }
    throw new Error(`load ${this.load.loadId} still damp after 30 minutes`);
  }

  async run(): Promise<string[]> {
    const completed: string[] = [];
    for (const step of this.steps) {
      if (step.skip?.()) {
        await kilnJournal.log(this.load.loadId, step.name, 'skipped');
        continue;
      }
      const started = Date.now();
      await step.run();
      const temp = await kilnController.readTemp();
      await kilnJournal.log(this.load.loadId, step.name, `done in ${Math.round((Date.now() - started) / 1000)}s at ${temp}°C`);
      completed.push(step.name);
    }
    return completed;
  }
}

export async function fireQueue(loads: readonly KilnLoad[]): Promise<Record<string, string[]>> {
  const results: Record<string, string[]> = {};
  for (const load of loads) {
    const program = new LanternKilnProgram(load);
    try {
      results[load.loadId] = await program.run();
    } catch (err) {
      await kilnController.vent(true);
      await kilnJournal.log(load.loadId, 'abort', err instanceof Error ? err.message : String(err));
      results[load.loadId] = [];
    }
  }
  return results;
}
