// expect: none
// The in-flight map holds promises only for de-duplication (presence check, then return); every value that is logged, compared or defaulted is awaited first.
export interface PenReading {
  penId: string;
  hopperKg: number;
  birdsAtTrough: number;
  waterOk: boolean;
}

declare const scales: { read(penId: string): Promise<PenReading> };
declare const refill: { order(penId: string, kg: number): Promise<string | undefined> };
declare const farmLog: { info(text: string): void };

const HOPPER_CAPACITY_KG = 400;

export class FeederMonitor {
  private readonly inflight = new Map<string, Promise<PenReading>>();
  private readonly lastKg = new Map<string, number>();

  read(penId: string): Promise<PenReading> {
    const existing = this.inflight.get(penId);
    if (existing) return existing;
    const pending = scales.read(penId).finally(() => this.inflight.delete(penId));
    this.inflight.set(penId, pending);
    return pending;
  }

  async consumptionSinceLast(penId: string): Promise<number> {
    const reading = await this.read(penId);
    const previous = this.lastKg.get(penId) ?? reading.hopperKg;
    this.lastKg.set(penId, reading.hopperKg);
    return Math.max(0, previous - reading.hopperKg);
  }

  async topUp(penId: string, thresholdPct = 25): Promise<string | null> {
    const reading = await this.read(penId);
    const pct = (reading.hopperKg / HOPPER_CAPACITY_KG) * 100;
    if (pct >= thresholdPct) return null;

    const orderId = (await refill.order(penId, HOPPER_CAPACITY_KG - reading.hopperKg)) ?? null;
    farmLog.info(
      `pen ${penId}: hopper at ${pct.toFixed(0)}% with ${reading.birdsAtTrough} birds at trough; ` +
        `refill ${orderId ?? 'not accepted'}`,
    );
    return orderId;
  }

  async roundOfPens(penIds: string[]): Promise<{ refills: string[]; dryPens: string[] }> {
    const readings = await Promise.all(penIds.map((id) => this.read(id)));
    const dryPens = readings.filter((r) => r.waterOk === false).map((r) => r.penId);
    const refills: string[] = [];
    for (const reading of readings) {
      const orderId = await this.topUp(reading.penId);
      if (orderId !== null) refills.push(orderId);
    }
    if (dryPens.length > 0) farmLog.info(`water trough fault in pens ${dryPens.join(', ')}`);
    return { refills, dryPens };
  }

  async crowdedTroughs(penIds: string[], maxBirds = 6): Promise<string[]> {
    const readings = await Promise.all(penIds.map((id) => this.read(id)));
    return readings.filter((r) => r.birdsAtTrough > maxBirds).map((r) => `${r.penId} (${r.birdsAtTrough} birds)`);
  }
}
