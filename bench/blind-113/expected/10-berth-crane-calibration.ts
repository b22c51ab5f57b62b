// expect: none
// Every calibration step is invoked, either directly inside Promise.all or as a stored task function that the loop calls with step(), so no async function is awaited uncalled.
export interface QuayCrane {
  id: string;
  berth: string;
  zeroTrolleyEncoder(): Promise<void>;
  zeroHoistEncoder(): Promise<void>;
  calibrateLoadCell(referenceTonnes: number): Promise<{ errorPct: number }>;
  testAntiSway(): Promise<boolean>;
}

export interface CalibrationRecord {
  craneId: string;
  loadCellErrorPct: number;
  antiSwayOk: boolean;
  completedAt: string;
}

const REFERENCE_WEIGHT_T = 40;
const MAX_LOAD_ERROR_PCT = 1.0;

export class BerthCalibration {
  constructor(
    private readonly cranes: QuayCrane[],
    private readonly log: (line: string) => void = console.log,
  ) {}

  private async calibrateOne(crane: QuayCrane): Promise<CalibrationRecord> {
    const steps: Array<[string, () => Promise<void>]> = [
      ['trolley encoder', () => crane.zeroTrolleyEncoder()],
      ['hoist encoder', () => crane.zeroHoistEncoder()],
    ];
    for (const [label, step] of steps) {
      await step();
      this.log(`${crane.id}: ${label} zeroed`);
    }

    const { errorPct } = await crane.calibrateLoadCell(REFERENCE_WEIGHT_T);
    if (Math.abs(errorPct) > MAX_LOAD_ERROR_PCT) {
      throw new Error(`${crane.id}: load cell off by ${errorPct.toFixed(2)}% against ${REFERENCE_WEIGHT_T} t test weight`);
    }
    const antiSwayOk = await crane.testAntiSway();
    return { craneId: crane.id, loadCellErrorPct: errorPct, antiSwayOk, completedAt: new Date().toISOString() };
  }

  async calibrateBerth(berth: string): Promise<CalibrationRecord[]> {
    const onBerth = this.cranes.filter((c) => c.berth === berth);
    if (onBerth.length === 0) throw new Error(`no cranes assigned to berth ${berth}`);
    const records = await Promise.all(onBerth.map((crane) => this.calibrateOne(crane)));
    const failedSway = records.filter((r) => !r.antiSwayOk).map((r) => r.craneId);
    if (failedSway.length > 0) this.log(`berth ${berth}: anti-sway needs attention on ${failedSway.join(', ')}`);
    return records;
  }
}
