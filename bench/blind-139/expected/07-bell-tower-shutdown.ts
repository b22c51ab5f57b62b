// expect: none
// The shutdown steps are stored as bound function references on purpose and each one is invoked with step.run() inside the loop, so every step's promise is actually awaited.
export interface TowerDevices {
  lowerBells(): Promise<number>;
  lockRopes(): Promise<void>;
  stopClockHammer(): Promise<void>;
  flushStrikeLog(): Promise<number>;
}

export interface ShutdownReport {
  completed: string[];
  failed: Array<{ step: string; error: string }>;
  bellsDown: number;
}

type Step = { name: string; run: () => Promise<unknown> };

export class BelfryShutdown {
  private bellsDown = 0;
  private flushed = 0;

  constructor(private readonly devices: TowerDevices, private readonly log: (msg: string) => void) {}

  private async lower(): Promise<void> {
    this.bellsDown = await this.devices.lowerBells();
    this.log(`${this.bellsDown} bells set down`);
  }

  private async flush(): Promise<void> {
    this.flushed = await this.devices.flushStrikeLog();
  }

  private steps(): Step[] {
    return [
      { name: 'stop clock hammer', run: this.devices.stopClockHammer.bind(this.devices) },
      { name: 'lower bells', run: this.lower.bind(this) },
      { name: 'lock ropes', run: this.devices.lockRopes.bind(this.devices) },
      { name: 'flush strike log', run: this.flush.bind(this) },
    ];
  }

  async run(): Promise<ShutdownReport> {
    const report: ShutdownReport = { completed: [], failed: [], bellsDown: 0 };
    for (const step of this.steps()) {
      try {
        await step.run();
        report.completed.push(step.name);
      } catch (err) {
        report.failed.push({ step: step.name, error: err instanceof Error ? err.message : String(err) });
        if (step.name === 'lower bells') {
          this.log('bells could not be lowered; leaving ropes unlocked for the tower captain');
          break;
        }
      }
    }
    report.bellsDown = this.bellsDown;
    this.log(`shutdown finished, ${this.flushed} strikes flushed`);
    return report;
  }
}
