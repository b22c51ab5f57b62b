// expect: no-promise-as-value
// The alert payload puts thresholds.limitFor(baleId), which is async, straight into the published object, so subscribers receive an empty object instead of the moisture limit.
export interface BaleReading {
  baleId: string;
  barn: string;
  moisturePct: number;
  coreTempC: number;
  takenAt: Date;
}

export interface ThresholdService {
  limitFor(baleId: string): Promise<number>;
  defaultLimit(): number;
}

export interface AlertBus {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
}

export interface AlertOptions {
  heatTempC: number;
  cooldownMs: number;
}

export class MoistureAlerter {
  private readonly lastAlertAt = new Map<string, number>();

  constructor(
    private readonly thresholds: ThresholdService,
    private readonly bus: AlertBus,
    private readonly options: AlertOptions = { heatTempC: 50, cooldownMs: 15 * 60_000 },
  ) {}

  private coolingDown(baleId: string, now: number): boolean {
    const last = this.lastAlertAt.get(baleId);
    return last !== undefined && now - last < this.options.cooldownMs;
  }

  async handle(reading: BaleReading): Promise<boolean> {
    const now = reading.takenAt.getTime();
    if (this.coolingDown(reading.baleId, now)) return false;

    const overheating = reading.coreTempC >= this.options.heatTempC;
    const tooWet = reading.moisturePct > this.thresholds.defaultLimit();
    if (!overheating && !tooWet) return false;

    await this.bus.publish(`barns/${reading.barn}/alerts`, {
      baleId: reading.baleId,
      kind: overheating ? 'heating' : 'moisture',
      moisturePct: reading.moisturePct,
      limitPct: this.thresholds.limitFor(reading.baleId),
      coreTempC: reading.coreTempC,
      at: reading.takenAt.toISOString(),
    });
    this.lastAlertAt.set(reading.baleId, now);
    return true;
  }

  async handleBatch(readings: readonly BaleReading[]): Promise<number> {
    let raised = 0;
    const ordered = [...readings].sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime());
    for (const reading of ordered) {
      if (await this.handle(reading)) raised++;
    }
    return raised;
  }

  forget(baleId: string): void {
    this.lastAlertAt.delete(baleId);
  }
}
