// expect: none
// The maintenance steps are deliberately stored as uncalled functions because runSteps expects thunks and invokes each one in order.
export interface EmbosserHardware {
  feedTestSheet(): Promise<void>;
  cleanPins(): Promise<void>;
  calibrateDotHeight(): Promise<number>;
  emboss(brf: string): Promise<void>;
}

export interface MaintenanceStep {
  name: string;
  run: () => Promise<void>;
}

export interface StepOutcome {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

const TEST_PATTERN = '⠿⠿⠿⠿⠿⠿⠿⠿⠿⠿\n⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚';

export async function runSteps(steps: MaintenanceStep[]): Promise<StepOutcome[]> {
  const outcomes: StepOutcome[] = [];
  for (const step of steps) {
    const started = performance.now();
    try {
      await step.run();
      outcomes.push({ name: step.name, ok: true, ms: performance.now() - started });
    } catch (err) {
      outcomes.push({
        name: step.name,
        ok: false,
        ms: performance.now() - started,
        error: err instanceof Error ? err.message : String(err),
      });
      break;
    }
  }
  return outcomes;
}

export class WeeklyMaintenance {
  dotHeightMm: number | null = null;

  constructor(private readonly hw: EmbosserHardware) {}

  private async calibrate(): Promise<void> {
    const height = await this.hw.calibrateDotHeight();
    if (height < 0.45 || height > 0.55) {
      throw new Error(`dot height ${height.toFixed(3)} mm outside 0.45–0.55 mm`);
    }
    this.dotHeightMm = height;
  }

  private async embossTestPattern(): Promise<void> {
    await this.hw.feedTestSheet();
    await this.hw.emboss(TEST_PATTERN);
  }

  steps(): MaintenanceStep[] {
    return [
      { name: 'clean pins', run: () => this.hw.cleanPins() },
      { name: 'calibrate dot height', run: this.calibrate.bind(this) },
      { name: 'emboss test pattern', run: () => this.embossTestPattern() },
    ];
  }

  async run(): Promise<StepOutcome[]> {
    return runSteps(this.steps());
  }
}
