// expect: none
// The startup steps are stored as functions on purpose and each one is invoked with step() when its turn comes, so every step's promise is created and awaited in order.
export interface WindMachine {
  id: string;
  block: string;
  engine: 'diesel' | 'propane' | 'electric';
}

export interface FanHardware {
  glowPlugs(fanId: string, seconds: number): Promise<void>;
  bladeClearanceCm(fanId: string): Promise<number>;
  crank(fanId: string): Promise<boolean>;
  engageClutch(fanId: string): Promise<void>;
  rampTo(fanId: string, rpm: number): Promise<number>;
}

export class StartupSequenceError extends Error {
  constructor(readonly fanId: string, readonly step: string, options?: { cause?: unknown }) {
    super(`${fanId}: ${step} failed`, options);
    this.name = 'StartupSequenceError';
  }
}

type Step = readonly [label: string, run: () => Promise<void>];

export class FanStartupSequence {
  constructor(
    private readonly hw: FanHardware,
    private readonly targetRpm = 590,
    private readonly minClearanceCm = 60,
  ) {}

  private async preheat(fan: WindMachine): Promise<void> {
    if (fan.engine === 'diesel') await this.hw.glowPlugs(fan.id, 12);
  }

  private async checkClearance(fan: WindMachine): Promise<void> {
    const cm = await this.hw.bladeClearanceCm(fan.id);
    if (cm < this.minClearanceCm) throw new Error(`blade clearance ${cm} cm (ice or debris?)`);
  }

  private async crank(fan: WindMachine): Promise<void> {
    if (fan.engine === 'electric') return;
    if (!(await this.hw.crank(fan.id))) throw new Error('engine did not catch');
  }

  private async spinUp(fan: WindMachine): Promise<void> {
    await this.hw.engageClutch(fan.id);
    const rpm = await this.hw.rampTo(fan.id, this.targetRpm);
    if (rpm < this.targetRpm * 0.9) throw new Error(`only reached ${rpm} rpm`);
  }

  stepsFor(fan: WindMachine): Step[] {
    return [
      ['preheat', () => this.preheat(fan)],
      ['blade clearance', () => this.checkClearance(fan)],
      ['crank', () => this.crank(fan)],
      ['spin up', () => this.spinUp(fan)],
    ];
  }

  async run(fan: WindMachine): Promise<void> {
    for (const [label, step] of this.stepsFor(fan)) {
      try {
        await step();
      } catch (err) {
        throw new StartupSequenceError(fan.id, label, { cause: err });
      }
    }
  }
}
