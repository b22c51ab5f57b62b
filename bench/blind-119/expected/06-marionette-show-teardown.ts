// expect: none
// The teardown steps are stored as functions and each one is invoked with step.run() inside the loop, so every async step actually executes and is awaited in order.
export interface HoistController {
  flyOut(lineSet: number): Promise<void>;
  lock(lineSet: number): Promise<void>;
}

export interface DimmerRack {
  fadeAll(toLevel: number, seconds: number): Promise<void>;
  powerDown(): Promise<void>;
}

export interface PuppetStore {
  hangOnRail(puppetId: string): Promise<void>;
}

export interface Logger {
  info(msg: string): void;
  error(msg: string, err: unknown): void;
}

interface TeardownStep {
  name: string;
  critical: boolean;
  run: () => Promise<void>;
}

export class ShowTeardown {
  constructor(
    private readonly hoists: HoistController,
    private readonly dimmers: DimmerRack,
    private readonly store: PuppetStore,
    private readonly log: Logger,
  ) {}

  private steps(puppets: string[], lineSets: number[]): TeardownStep[] {
    return [
      { name: 'fade to black', critical: false, run: () => this.dimmers.fadeAll(0, 4) },
      { name: 'hang puppets', critical: true, run: () => this.hangPuppets(puppets) },
      { name: 'fly out bridge', critical: true, run: () => this.flyOutBridge(lineSets) },
      { name: 'dimmers off', critical: false, run: () => this.dimmers.powerDown() },
    ];
  }

  async run(puppets: string[], lineSets: number[]): Promise<string[]> {
    const failed: string[] = [];
    for (const step of this.steps(puppets, lineSets)) {
      try {
        await step.run();
        this.log.info(`teardown: ${step.name} done`);
      } catch (err) {
        this.log.error(`teardown: ${step.name} failed`, err);
        if (step.critical) throw err;
        failed.push(step.name);
      }
    }
    return failed;
  }

  private async hangPuppets(puppets: string[]): Promise<void> {
    for (const id of puppets) {
      await this.store.hangOnRail(id);
    }
  }

  private async flyOutBridge(lineSets: number[]): Promise<void> {
    for (const ls of lineSets) {
      await this.hoists.flyOut(ls);
      await this.hoists.lock(ls);
    }
  }
}
