// expect: none
// The service steps are passed as function references on purpose: runSequence takes thunks and calls each one (`await step.run()`), and the bound methods are invoked there, so every step actually runs in order.
export interface BellFrame {
  raise(bell: number): Promise<void>;
  lower(bell: number): Promise<void>;
  toll(bell: number, strokes: number, gapMs: number): Promise<void>;
}

export interface Step {
  label: string;
  run: () => Promise<void>;
}

export interface SequenceReport {
  completed: string[];
  failedAt?: { label: string; error: string };
}

export async function runSequence(steps: Step[], onStep?: (label: string) => void): Promise<SequenceReport> {
  const completed: string[] = [];
  for (const step of steps) {
    onStep?.(step.label);
    try {
      await step.run();
    } catch (err) {
      return { completed, failedAt: { label: step.label, error: (err as Error).message } };
    }
    completed.push(step.label);
  }
  return { completed };
}

export class FuneralService {
  constructor(private readonly frame: BellFrame, private readonly tenor = 8, private readonly ageOfDeceased = 0) {}

  async raiseTenor(): Promise<void> {
    await this.frame.raise(this.tenor);
  }

  async passingBell(): Promise<void> {
    // traditional tellers: 3x3 for a man, then one stroke per year of age
    await this.frame.toll(this.tenor, 9, 2_000);
    if (this.ageOfDeceased > 0) await this.frame.toll(this.tenor, this.ageOfDeceased, 4_000);
  }

  async halfMuffledTouch(): Promise<void> {
    for (let bell = 1; bell < this.tenor; bell++) await this.frame.raise(bell);
    await this.frame.toll(this.tenor, 60, 2_500);
  }

  async lowerAll(): Promise<void> {
    for (let bell = this.tenor; bell >= 1; bell--) await this.frame.lower(bell);
  }

  steps(): Step[] {
    return [
      { label: 'raise tenor', run: this.raiseTenor.bind(this) },
      { label: 'passing bell', run: this.passingBell.bind(this) },
      { label: 'half-muffled touch', run: () => this.halfMuffledTouch() },
      { label: 'lower bells', run: () => this.lowerAll() },
    ];
  }

  perform(onStep?: (label: string) => void): Promise<SequenceReport> {
    return runSequence(this.steps(), onStep);
  }
}
