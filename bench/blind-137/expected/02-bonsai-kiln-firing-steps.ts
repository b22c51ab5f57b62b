// expect: none
// The firing steps are stored as arrow functions that call the controller methods, and the runner invokes and awaits each one in turn.
export interface KilnController {
  setTarget(celsius: number, ratePerHour: number): Promise<void>;
  waitForTarget(celsius: number, toleranceC: number): Promise<number>;
  holdMinutes(minutes: number): Promise<void>;
  ventDamper(open: boolean): Promise<void>;
  readCelsius(): Promise<number>;
}

export interface FiringLogEntry {
  step: string;
  startedAt: number;
  endedAt: number;
  celsiusAtEnd: number;
}

type FiringStep = { name: string; run: () => Promise<void> };

export class BisqueFiring {
  readonly log: FiringLogEntry[] = [];

  constructor(
    private readonly kiln: KilnController,
    private readonly peakC = 1000,
  ) {}

  private async candle(): Promise<void> {
    await this.kiln.ventDamper(true);
    await this.kiln.setTarget(95, 40);
    await this.kiln.waitForTarget(95, 3);
    await this.kiln.holdMinutes(120);
  }

  private async waterSmoke(): Promise<void> {
    await this.kiln.setTarget(600, 80);
    await this.kiln.waitForTarget(600, 5);
    await this.kiln.ventDamper(false);
  }

  private async climbToPeak(): Promise<void> {
    await this.kiln.setTarget(this.peakC, 150);
    await this.kiln.waitForTarget(this.peakC, 4);
    await this.kiln.holdMinutes(15);
  }

  private steps(): FiringStep[] {
    return [
      { name: 'candle', run: () => this.candle() },
      { name: 'water-smoke', run: () => this.waterSmoke() },
      { name: 'climb', run: () => this.climbToPeak() },
      { name: 'cool', run: () => this.kiln.setTarget(20, 0) },
    ];
  }

  async fire(): Promise<FiringLogEntry[]> {
    for (const step of this.steps()) {
      const startedAt = Date.now();
      try {
        await step.run();
      } catch (err) {
        await this.kiln.setTarget(20, 0);
        throw new Error(`bisque firing failed during ${step.name}`, { cause: err });
      }
      this.log.push({ step: step.name, startedAt, endedAt: Date.now(), celsiusAtEnd: await this.kiln.readCelsius() });
    }
    return this.log;
  }
}
