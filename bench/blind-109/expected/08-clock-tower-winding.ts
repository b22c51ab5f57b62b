// expect: no-uncalled-async-function
// windAll writes `await this.engageBrake;` without calling it, so the going train is never braked before the weights are wound: the clock keeps running against the winding motor while the "wound" event reports a normal wind.
import { EventEmitter } from 'node:events';

export type Train = 'going' | 'striking' | 'chiming';

export interface WindingMotor {
  wind(train: Train, turns: number): Promise<number>;
}

export interface BrakeActuator {
  set(engaged: boolean): Promise<void>;
}

export interface WeightSensor {
  dropFraction(train: Train): number;
}

export interface WindReport {
  train: Train;
  turns: number;
  durationMs: number;
}

const TURNS_PER_FULL_DROP: Record<Train, number> = { going: 120, striking: 180, chiming: 240 };

export class TowerWinder extends EventEmitter {
  private braked = false;

  constructor(
    private readonly motor: WindingMotor,
    private readonly brake: BrakeActuator,
    private readonly weights: WeightSensor,
  ) {
    super();
  }

  async engageBrake(): Promise<void> {
    await this.brake.set(true);
    this.braked = true;
    this.emit('brake', true);
  }

  async releaseBrake(): Promise<void> {
    await this.brake.set(false);
    this.braked = false;
    this.emit('brake', false);
  }

  private async windTrain(train: Train): Promise<WindReport | null> {
    const dropped = this.weights.dropFraction(train);
    if (dropped < 0.1) return null;
    const started = Date.now();
    const turns = await this.motor.wind(train, Math.round(dropped * TURNS_PER_FULL_DROP[train]));
    return { train, turns, durationMs: Date.now() - started };
  }

  async windAll(): Promise<WindReport[]> {
    const reports: WindReport[] = [];
    await this.engageBrake;
    try {
      for (const train of ['going', 'striking', 'chiming'] as const) {
        const report = await this.windTrain(train);
        if (report) reports.push(report);
      }
    } finally {
      await this.releaseBrake();
    }
    this.emit('wound', reports);
    return reports;
  }

  get isBraked(): boolean {
    return this.braked;
  }
}
