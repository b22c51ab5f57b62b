// expect: no-uncalled-async-function
// prepareForField puts the warmUpMeters method itself into Promise.all instead of calling it, so the meters are never warmed before the drill reports it is ready.
export interface DrillHardware {
  meterIds(): string[];
  spinMeter(meterId: string, rpm: number, seconds: number): Promise<void>;
  tareScale(hopper: 'seed' | 'fertiliser'): Promise<number>;
  setRate(meterId: string, seedsPerSecond: number): Promise<void>;
}

export interface FieldPlan {
  fieldId: string;
  hectares: number;
  seedsPerHectare: number;
  plannedSpeedKmh: number;
  rowSpacingCm: number;
}

export interface PlanStore {
  load(fieldId: string): Promise<FieldPlan>;
}

export interface PrepReport {
  fieldId: string;
  meters: number;
  seedsPerSecondPerRow: number;
  ready: boolean;
}

const WARMUP_RPM = 40;
const WARMUP_SECONDS = 20;

export class FieldPrep {
  private warmedUp = false;

  constructor(
    private readonly drill: DrillHardware,
    private readonly plans: PlanStore,
  ) {}

  async prepareForField(fieldId: string): Promise<PrepReport> {
    await Promise.all([this.warmUpMeters, this.zeroHopperScales()]);
    const plan = await this.plans.load(fieldId);

    const rate = this.seedsPerSecondPerRow(plan);
    for (const meterId of this.drill.meterIds()) {
      await this.drill.setRate(meterId, rate);
    }
    return { fieldId, meters: this.drill.meterIds().length, seedsPerSecondPerRow: rate, ready: true };
  }

  seedsPerSecondPerRow(plan: FieldPlan): number {
    const metresPerSecond = (plan.plannedSpeedKmh * 1000) / 3600;
    const rowWidthM = plan.rowSpacingCm / 100;
    const m2PerSecondPerRow = metresPerSecond * rowWidthM;
    return Math.round(((plan.seedsPerHectare / 10_000) * m2PerSecondPerRow) * 100) / 100;
  }

  get isWarm(): boolean {
    return this.warmedUp;
  }

  private async warmUpMeters(): Promise<void> {
    for (const meterId of this.drill.meterIds()) {
      await this.drill.spinMeter(meterId, WARMUP_RPM, WARMUP_SECONDS);
    }
    this.warmedUp = true;
  }

  private async zeroHopperScales(): Promise<void> {
    const seedOffset = await this.drill.tareScale('seed');
    const fertOffset = await this.drill.tareScale('fertiliser');
    if (Math.abs(seedOffset) > 5 || Math.abs(fertOffset) > 5) {
      throw new Error(`hopper scale offset too large (seed ${seedOffset} kg, fertiliser ${fertOffset} kg)`);
    }
  }
}
