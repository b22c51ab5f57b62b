// expect: none
// Every startup step is called inside Promise.all, and the periodic drift check is handed to the scheduler as a function (an arrow that calls the method), which is exactly what every() expects.
export interface LampHardware {
  homeEncoder(): Promise<number>;
  readCharacter(): Promise<string>;
  testBulb(index: number): Promise<boolean>;
  periodMs(): Promise<number>;
}

export interface Scheduler {
  every(intervalMs: number, task: () => Promise<void>): { cancel(): void };
}

export interface KeeperLog {
  record(message: string): Promise<void>;
}

export class LampBootstrap {
  private encoderOffset = 0;
  private character = '';
  private workingBulbs: number[] = [];
  private driftJob: { cancel(): void } | null = null;

  constructor(
    private readonly hw: LampHardware,
    private readonly scheduler: Scheduler,
    private readonly log: KeeperLog,
    private readonly bulbCount = 2,
  ) {}

  private async calibrateEncoder(): Promise<void> {
    this.encoderOffset = await this.hw.homeEncoder();
  }

  private async loadCharacter(): Promise<void> {
    this.character = await this.hw.readCharacter();
  }

  private async testBulbs(): Promise<void> {
    const working: number[] = [];
    for (let i = 0; i < this.bulbCount; i++) {
      if (await this.hw.testBulb(i)) working.push(i);
    }
    if (working.length === 0) throw new Error('no working bulb in the bulb changer');
    this.workingBulbs = working;
  }

  private async checkDrift(): Promise<void> {
    const period = await this.hw.periodMs();
    const expected = LampBootstrap.periodFromCharacter(this.character);
    if (expected && Math.abs(period - expected) > expected * 0.02) {
      await this.log.record(`rotation period ${period}ms drifting from ${expected}ms (${this.character})`);
    }
  }

  static periodFromCharacter(character: string): number | null {
    const m = /(\d+(?:\.\d+)?)s\b/.exec(character);
    return m ? Number(m[1]) * 1000 : null;
  }

  async start(): Promise<{ character: string; bulbs: number[]; encoderOffset: number }> {
    await Promise.all([this.calibrateEncoder(), this.loadCharacter(), this.testBulbs()]);
    this.driftJob = this.scheduler.every(60_000, () => this.checkDrift());
    await this.log.record(`lamp lit: ${this.character}, bulbs ${this.workingBulbs.join(',')}`);
    return { character: this.character, bulbs: this.workingBulbs, encoderOffset: this.encoderOffset };
  }

  stop(): void {
    this.driftJob?.cancel();
    this.driftJob = null;
  }
}
