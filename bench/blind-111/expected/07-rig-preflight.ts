// expect: none
// The checks array holds method references by design, and each one is invoked with check.call(this) inside map, so Promise.all receives the check promises.
export interface CounterweightArbor {
  lineSet: number;
  bricksKg: number;
  battenLoadKg: number;
}

export interface RigSensors {
  arbors(): Promise<CounterweightArbor[]>;
  ropeLockEngaged(lineSet: number): Promise<boolean>;
  liftLineWear(lineSet: number): Promise<{ brokenWires: number; diameterLossPct: number }>;
  gridDeflectionMm(): Promise<number>;
}

export interface PreflightFinding {
  check: string;
  ok: boolean;
  detail: string;
}

type Check = (this: RigPreflight) => Promise<PreflightFinding>;

export class RigPreflight {
  constructor(
    private readonly sensors: RigSensors,
    private readonly lineSets: number[],
  ) {}

  private async checkBalance(): Promise<PreflightFinding> {
    const arbors = await this.sensors.arbors();
    const bad = arbors.filter((a) => Math.abs(a.bricksKg - a.battenLoadKg) > 10);
    return { check: 'balance', ok: bad.length === 0, detail: bad.map((a) => `set ${a.lineSet}`).join(', ') };
  }

  private async checkRopeLocks(): Promise<PreflightFinding> {
    const locks = await Promise.all(this.lineSets.map((ls) => this.sensors.ropeLockEngaged(ls)));
    const open = this.lineSets.filter((_, i) => !locks[i]);
    return { check: 'rope locks', ok: open.length === 0, detail: open.map((ls) => `set ${ls} unlocked`).join(', ') };
  }

  private async checkLiftLines(): Promise<PreflightFinding> {
    const wear = await Promise.all(this.lineSets.map((ls) => this.sensors.liftLineWear(ls)));
    const worn = this.lineSets.filter((_, i) => wear[i].brokenWires > 2 || wear[i].diameterLossPct > 7);
    return { check: 'lift lines', ok: worn.length === 0, detail: worn.map((ls) => `set ${ls} worn`).join(', ') };
  }

  private async checkGrid(): Promise<PreflightFinding> {
    const mm = await this.sensors.gridDeflectionMm();
    return { check: 'grid', ok: mm < 12, detail: `${mm.toFixed(1)} mm deflection` };
  }

  async run(): Promise<{ go: boolean; findings: PreflightFinding[] }> {
    const checks: Check[] = [this.checkBalance, this.checkRopeLocks, this.checkLiftLines, this.checkGrid];
    const findings = await Promise.all(checks.map((check) => check.call(this)));
    return { go: findings.every((f) => f.ok), findings };
  }
}
