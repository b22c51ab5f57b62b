// expect: no-uncalled-async-function
// runPreOpening passes this.resetFaultLatches (the method itself, not a call) into Promise.all next to selfTest(), so yesterday's latched faults are never cleared before the checks read the safety chain.
export interface CheckResult {
  check: string;
  passed: boolean;
  detail?: string;
}

interface DriveController {
  readHandrailSpeeds(): Promise<{ left: number; right: number; steps: number }>;
  readCombPlateGaps(): Promise<number[]>;
  testBrake(): Promise<{ stoppingDistanceMm: number; loadKg: number }>;
  readSafetyChain(): Promise<Record<string, boolean>>;
  selfTest(): Promise<void>;
  latchedFaults(): Promise<string[]>;
  acknowledgeFault(code: string): Promise<void>;
}

export class PreOpeningInspection {
  constructor(private readonly unitId: string, private readonly drive: DriveController) {}

  async resetFaultLatches(): Promise<void> {
    const faults = await this.drive.latchedFaults();
    for (const code of faults) {
      await this.drive.acknowledgeFault(code);
    }
  }

  async checkHandrails(): Promise<CheckResult> {
    const { left, right, steps } = await this.drive.readHandrailSpeeds();
    const worst = Math.max(Math.abs(left - steps), Math.abs(right - steps)) / steps;
    return { check: 'handrails', passed: worst <= 0.02, detail: `max deviation ${(worst * 100).toFixed(1)}%` };
  }

  async checkCombPlates(): Promise<CheckResult> {
    const gaps = await this.drive.readCombPlateGaps();
    const widest = Math.max(...gaps);
    return { check: 'comb plates', passed: widest <= 4, detail: `widest gap ${widest} mm` };
  }

  async checkBrake(): Promise<CheckResult> {
    const { stoppingDistanceMm } = await this.drive.testBrake();
    return {
      check: 'brake',
      passed: stoppingDistanceMm >= 200 && stoppingDistanceMm <= 1_000,
      detail: `${stoppingDistanceMm} mm`,
    };
  }

  async checkSafetyChain(): Promise<CheckResult> {
    const switches = await this.drive.readSafetyChain();
    const open = Object.entries(switches)
      .filter(([, closed]) => !closed)
      .map(([name]) => name);
    return { check: 'safety chain', passed: open.length === 0, detail: open.length ? `open: ${open.join(', ')}` : undefined };
  }

  async runPreOpening(): Promise<{ unitId: string; fit: boolean; results: CheckResult[] }> {
    await Promise.all([this.drive.selfTest(), this.resetFaultLatches]);
    const results = await Promise.all([
      this.checkHandrails(),
      this.checkCombPlates(),
      this.checkBrake(),
      this.checkSafetyChain(),
    ]);
    return { unitId: this.unitId, fit: results.every((r) => r.passed), results };
  }
}

export async function openStation(units: PreOpeningInspection[]): Promise<string[]> {
  const reports = await Promise.all(units.map((u) => u.runPreOpening()));
  return reports.map((r) =>
    r.fit
      ? `${r.unitId}: fit for service`
      : `${r.unitId}: DO NOT OPEN (${r.results.filter((x) => !x.passed).map((x) => x.check).join(', ')})`,
  );
}
