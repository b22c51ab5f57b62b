// expect: none
// Both sides of the ?? are promises by design: reuse the in-flight calibration if one exists, otherwise start a new one.
export interface BeltScaleCalibration {
  beltId: string;
  spanFactor: number;
  zeroKgPerMetre: number;
  calibratedAt: number;
}

export interface WeighFrame {
  beltId: string;
  loadKgPerMetre: number;
  speedMps: number;
  durationS: number;
}

declare const beltScales: {
  runZeroTest(beltId: string): Promise<number>;
  runSpanTest(beltId: string, testWeightKg: number): Promise<number>;
};
declare const quarryLog: { info(msg: string): void };

export class BeltScaleRegistry {
  private readonly calibrations = new Map<string, BeltScaleCalibration>();
  private readonly inflight = new Map<string, Promise<BeltScaleCalibration>>();

  constructor(private readonly maxAgeMs = 8 * 3_600_000, private readonly testWeightKg = 250) {}

  private async runCalibration(beltId: string): Promise<BeltScaleCalibration> {
    const zeroKgPerMetre = await beltScales.runZeroTest(beltId);
    const measured = await beltScales.runSpanTest(beltId, this.testWeightKg);
    const spanFactor = this.testWeightKg / Math.max(measured - zeroKgPerMetre, 1e-6);
    const calibration = { beltId, spanFactor, zeroKgPerMetre, calibratedAt: Date.now() };
    this.calibrations.set(beltId, calibration);
    quarryLog.info(`belt ${beltId} calibrated: span ${spanFactor.toFixed(4)}, zero ${zeroKgPerMetre.toFixed(2)}`);
    return calibration;
  }

  private startCalibration(beltId: string): Promise<BeltScaleCalibration> {
    const run = this.runCalibration(beltId).finally(() => this.inflight.delete(beltId));
    this.inflight.set(beltId, run);
    return run;
  }

  async calibrationFor(beltId: string): Promise<BeltScaleCalibration> {
    const current = this.calibrations.get(beltId);
    if (current && Date.now() - current.calibratedAt < this.maxAgeMs) {
      return current;
    }
    return this.inflight.get(beltId) ?? this.startCalibration(beltId);
  }

  async tonnesFor(frame: WeighFrame): Promise<number> {
    const cal = await this.calibrationFor(frame.beltId);
    const netKgPerMetre = Math.max(0, (frame.loadKgPerMetre - cal.zeroKgPerMetre) * cal.spanFactor);
    return (netKgPerMetre * frame.speedMps * frame.durationS) / 1000;
  }

  async shiftTonnage(frames: WeighFrame[]): Promise<Map<string, number>> {
    const tonnes = await Promise.all(frames.map((f) => this.tonnesFor(f)));
    const totals = new Map<string, number>();
    frames.forEach((f, i) => totals.set(f.beltId, (totals.get(f.beltId) ?? 0) + tonnes[i]));
    return totals;
  }
}
