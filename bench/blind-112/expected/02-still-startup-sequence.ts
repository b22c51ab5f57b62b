// expect: none
// The startup steps are listed as functions on purpose and the runner calls each one (step.run()) before awaiting it, while the parallel checks are real calls inside Promise.all.
export interface StillController {
  openCoolingValve(): Promise<void>;
  checkCondenserFlow(): Promise<number>;
  checkPressureReliefValve(): Promise<boolean>;
  igniteBurner(level: number): Promise<void>;
  readHeadTempC(): Promise<number>;
}

export interface StartupStep {
  name: string;
  run: () => Promise<void>;
}

export interface StartupLog {
  step: string;
  ms: number;
}

export class StillStartupSequence {
  constructor(
    private readonly still: StillController,
    private readonly minFlowLpm = 6,
  ) {}

  private async preflight(): Promise<void> {
    const [flow, reliefOk] = await Promise.all([
      this.still.checkCondenserFlow(),
      this.still.checkPressureReliefValve(),
    ]);
    if (flow < this.minFlowLpm) throw new Error(`condenser flow ${flow} L/min below ${this.minFlowLpm}`);
    if (!reliefOk) throw new Error('pressure relief valve did not respond');
  }

  private async rampHeat(): Promise<void> {
    for (const level of [1, 2, 3]) {
      await this.still.igniteBurner(level);
      const head = await this.still.readHeadTempC();
      if (head > 78) return;
    }
  }

  steps(): StartupStep[] {
    return [
      { name: 'cooling', run: () => this.still.openCoolingValve() },
      { name: 'preflight', run: () => this.preflight() },
      { name: 'heat', run: this.rampHeat.bind(this) },
    ];
  }

  async start(): Promise<StartupLog[]> {
    const log: StartupLog[] = [];
    for (const step of this.steps()) {
      const t0 = performance.now();
      await step.run();
      log.push({ step: step.name, ms: Math.round(performance.now() - t0) });
    }
    return log;
  }
}
