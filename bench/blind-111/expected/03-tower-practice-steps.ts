// expect: none
// The steps array holds functions on purpose and the loop calls each one with step.run() and awaits the returned promise, so every step really executes in order.
export interface TowerControls {
  unlockClavier(): Promise<void>;
  muteHourStrike(minutes: number): Promise<void>;
  lowerPracticeDampers(): Promise<void>;
  raisePracticeDampers(): Promise<void>;
  lockClavier(): Promise<void>;
}

export interface StepLog {
  step: string;
  ms: number;
}

interface Step {
  name: string;
  run: () => Promise<void>;
}

export class PracticeSession {
  private readonly log: StepLog[] = [];

  constructor(
    private readonly tower: TowerControls,
    private readonly sessionMinutes = 60,
  ) {}

  private async runSteps(steps: Step[]): Promise<void> {
    for (const step of steps) {
      const started = Date.now();
      await step.run();
      this.log.push({ step: step.name, ms: Date.now() - started });
    }
  }

  async open(): Promise<void> {
    const steps: Step[] = [
      { name: 'unlock clavier', run: () => this.tower.unlockClavier() },
      { name: 'mute hour strike', run: () => this.tower.muteHourStrike(this.sessionMinutes + 5) },
      { name: 'lower practice dampers', run: () => this.tower.lowerPracticeDampers() },
    ];
    await this.runSteps(steps);
  }

  async close(): Promise<void> {
    const steps: Step[] = [
      { name: 'raise practice dampers', run: this.tower.raisePracticeDampers.bind(this.tower) },
      { name: 'lock clavier', run: this.tower.lockClavier.bind(this.tower) },
    ];
    await this.runSteps(steps);
  }

  async withSession<T>(practice: () => Promise<T>): Promise<T> {
    await this.open();
    try {
      return await practice();
    } finally {
      await this.close();
    }
  }

  timings(): readonly StepLog[] {
    return this.log;
  }
}
