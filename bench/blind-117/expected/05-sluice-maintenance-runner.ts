// expect: none
// The step list intentionally holds bound function references, and the runner calls each one (await step.run()) in order, so no async function is used where its promise was meant.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SluiceGate {
  gateId: string;
  position(): Promise<number>;
  moveTo(percentOpen: number): Promise<void>;
}

export interface TideTable {
  minutesUntilLowWater(at: Date): number;
}

export interface MaintenanceStep {
  name: string;
  run: () => Promise<void>;
}

export interface StepResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export class SluiceMaintenanceRunner {
  constructor(
    private readonly gate: SluiceGate,
    private readonly tides: TideTable,
  ) {}

  private async closeGate(): Promise<void> {
    await this.gate.moveTo(0);
    const pos = await this.gate.position();
    if (pos > 1) throw new Error(`${this.gate.gateId} still ${pos}% open`);
  }

  private async flushChannel(): Promise<void> {
    await this.gate.moveTo(100);
    await sleep(90_000);
    await this.gate.moveTo(0);
  }

  private async exerciseGate(): Promise<void> {
    for (const pct of [25, 50, 75, 50, 0]) {
      await this.gate.moveTo(pct);
    }
  }

  steps(): MaintenanceStep[] {
    return [
      { name: 'close gate', run: this.closeGate.bind(this) },
      { name: 'flush channel', run: this.flushChannel.bind(this) },
      { name: 'exercise gate', run: this.exerciseGate.bind(this) },
      { name: 'final close', run: this.closeGate.bind(this) },
    ];
  }

  async runAll(now = new Date()): Promise<StepResult[]> {
    if (this.tides.minutesUntilLowWater(now) > 45) {
      throw new Error('Maintenance only within 45 minutes of low water');
    }

    const results: StepResult[] = [];
    for (const step of this.steps()) {
      const started = Date.now();
      try {
        await step.run();
        results.push({ name: step.name, ok: true, ms: Date.now() - started });
      } catch (err) {
        results.push({
          name: step.name,
          ok: false,
          ms: Date.now() - started,
          error: err instanceof Error ? err.message : String(err),
        });
        break;
      }
    }
    return results;
  }

  static failed(results: StepResult[]): StepResult | undefined {
    return results.find((r) => !r.ok);
  }
}
