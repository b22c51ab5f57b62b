// expect: none
// `ready` is a getter that starts or reuses the warm-up and returns its promise, so `await this.ready` and `Promise.all([this.ready, ...])` receive a real promise, not a function.
export interface FanStatus {
  fanId: number;
  rpm: number;
  bearingTempC: number;
  vibrationMmS: number;
}

export interface SweepPoint {
  targetMs: number;
  measuredMs: number;
  dynamicPressurePa: number;
  turbulencePct: number;
}

declare const driveBus: {
  enable(fanId: number): Promise<void>;
  setRpm(fanId: number, rpm: number): Promise<void>;
  status(fanId: number): Promise<FanStatus>;
};
declare const pitot: { dynamicPressurePa(): Promise<number>; turbulencePct(): Promise<number> };
declare const balance: { tare(): Promise<void> };

const AIR_DENSITY = 1.204; // kg/m³ at 20°C sea level

export class FanArray {
  private warmup: Promise<void> | undefined;

  constructor(
    private readonly fanIds: number[],
    private readonly idleRpm = 300,
    private readonly rpmPerMs = 42,
  ) {}

  get ready(): Promise<void> {
    this.warmup ??= this.spinUp().catch((err: unknown) => {
      // Forget the failed warm-up so the next caller retries it instead of inheriting the error.
      this.warmup = undefined;
      throw err;
    });
    return this.warmup;
  }

  private async spinUp(): Promise<void> {
    for (const fanId of this.fanIds) {
      await driveBus.enable(fanId);
      await driveBus.setRpm(fanId, this.idleRpm);
    }
    const statuses = await Promise.all(this.fanIds.map((id) => driveBus.status(id)));
    const hot = statuses.filter((s) => s.bearingTempC > 70 || s.vibrationMmS > 4.5);
    if (hot.length > 0) {
      throw new Error(`fans not healthy at idle: ${hot.map((s) => s.fanId).join(', ')}`);
    }
  }

  async setAirspeed(targetMs: number): Promise<void> {
    await this.ready;
    const rpm = Math.round(targetMs * this.rpmPerMs);
    await Promise.all(this.fanIds.map((id) => driveBus.setRpm(id, rpm)));
  }

  async sweep(speeds: number[]): Promise<SweepPoint[]> {
    await Promise.all([this.ready, balance.tare()]);
    const points: SweepPoint[] = [];
    for (const targetMs of speeds) {
      await this.setAirspeed(targetMs);
      const [q, turbulencePct] = await Promise.all([pitot.dynamicPressurePa(), pitot.turbulencePct()]);
      points.push({
        targetMs,
        measuredMs: Math.sqrt((2 * q) / AIR_DENSITY),
        dynamicPressurePa: q,
        turbulencePct,
      });
    }
    await this.setAirspeed(0);
    return points;
  }
}
