// expect: no-uncalled-async-function
// preflight maps each rack to its selfTest method instead of calling it, so Promise.all resolves immediately with functions and no rack is ever tested before arming.
export interface RackReport {
  rackId: string;
  tubes: number;
  openCircuits: number[];
}

export interface MortarRack {
  id: string;
  tubes: number;
  lastReport: RackReport | null;
  selfTest(): Promise<void>;
}

export interface SafetyOfficer {
  confirmExclusionZone(radiusM: number): Promise<boolean>;
}

export interface Arming {
  armAll(rackIds: string[]): Promise<void>;
}

export class PreflightFailed extends Error {
  constructor(readonly problems: string[]) {
    super(`preflight failed: ${problems.join('; ')}`);
    this.name = 'PreflightFailed';
  }
}

export class ShowPreflight {
  constructor(
    private readonly racks: MortarRack[],
    private readonly officer: SafetyOfficer,
    private readonly arming: Arming,
    private readonly exclusionRadiusM = 120,
  ) {}

  async preflight(): Promise<void> {
    const zoneClear = await this.officer.confirmExclusionZone(this.exclusionRadiusM);
    if (!zoneClear) {
      throw new PreflightFailed([`exclusion zone of ${this.exclusionRadiusM}m not confirmed`]);
    }

    await Promise.all(this.racks.map((rack) => rack.selfTest));

    const problems: string[] = [];
    for (const rack of this.racks) {
      const report = rack.lastReport;
      if (report && report.openCircuits.length > 0) {
        problems.push(`rack ${rack.id} open circuits on tubes ${report.openCircuits.join(', ')}`);
      }
    }
    if (problems.length > 0) {
      throw new PreflightFailed(problems);
    }
    await this.arming.armAll(this.racks.map((r) => r.id));
  }

  openTubes(): number {
    return this.racks.reduce((sum, r) => sum + (r.lastReport?.openCircuits.length ?? 0), 0);
  }

  tubeCount(): number {
    return this.racks.reduce((sum, r) => sum + r.tubes, 0);
  }
}
