// expect: no-uncalled-async-function
// whenConnected falls back to this.connect (the method) instead of this.connect(), so the first inspection awaits a function and queries an unconnected hub.
export interface BelayUnit {
  unitId: string;
  wallSection: string;
  model: 'TRUBLUE' | 'PERFECT_DESCENT';
  installedAt: string;
}

export interface InspectionResult {
  unitId: string;
  webbingWearPct: number;
  retractionSpeedMs: number;
  descentRateMs: number;
  passed: boolean;
}

declare const belayHub: {
  open(gymId: string): Promise<void>;
  isOpen(): boolean;
  measure(unitId: string): Promise<Omit<InspectionResult, 'passed'>>;
  lockOut(unitId: string, reason: string): Promise<void>;
};

declare const inspectionLog: {
  write(gymId: string, results: InspectionResult[]): Promise<void>;
};

const LIMITS = {
  TRUBLUE: { maxWearPct: 60, minRetraction: 0.8, descent: [0.5, 2.0] },
  PERFECT_DESCENT: { maxWearPct: 50, minRetraction: 1.0, descent: [0.8, 2.2] },
} as const;

export class BelayInspector {
  private connecting?: Promise<void>;

  constructor(private readonly gymId: string) {}

  private async connect(): Promise<void> {
    if (belayHub.isOpen()) return;
    this.connecting = belayHub.open(this.gymId);
    try {
      await this.connecting;
    } catch (err) {
      this.connecting = undefined;
      throw err;
    }
  }

  private whenConnected() {
    return this.connecting ?? this.connect;
  }

  private evaluate(unit: BelayUnit, m: Omit<InspectionResult, 'passed'>): InspectionResult {
    const limits = LIMITS[unit.model];
    const [minDescent, maxDescent] = limits.descent;
    const passed =
      m.webbingWearPct <= limits.maxWearPct &&
      m.retractionSpeedMs >= limits.minRetraction &&
      m.descentRateMs >= minDescent &&
      m.descentRateMs <= maxDescent;
    return { ...m, passed };
  }

  async inspect(unit: BelayUnit): Promise<InspectionResult> {
    await this.whenConnected();
    const measured = await belayHub.measure(unit.unitId);
    const result = this.evaluate(unit, measured);
    if (!result.passed) {
      await belayHub.lockOut(unit.unitId, `failed daily inspection (${describeFailure(unit, result)})`);
    }
    return result;
  }

  async dailyCheck(units: readonly BelayUnit[]): Promise<InspectionResult[]> {
    const results: InspectionResult[] = [];
    for (const unit of units) {
      results.push(await this.inspect(unit));
    }
    await inspectionLog.write(this.gymId, results);
    return results;
  }
}

function describeFailure(unit: BelayUnit, r: InspectionResult): string {
  const limits = LIMITS[unit.model];
  const reasons: string[] = [];
  if (r.webbingWearPct > limits.maxWearPct) reasons.push(`webbing ${r.webbingWearPct}% worn`);
  if (r.retractionSpeedMs < limits.minRetraction) reasons.push(`slow retraction ${r.retractionSpeedMs} m/s`);
  if (r.descentRateMs < limits.descent[0] || r.descentRateMs > limits.descent[1]) {
    reasons.push(`descent ${r.descentRateMs} m/s`);
  }
  return reasons.join(', ');
}
