// expect: none
// The truthiness test is on an optional in-flight promise (does one exist?), `??` picks between two promises, and every value is awaited before it is compared or logged.
export interface TrayWeight {
  trayId: string;
  grams: number;
  larvae: number;
  weighedAt: number;
}

export interface GrowthReport {
  trayId: string;
  meanLarvaMg: number;
  onTrack: boolean;
}

declare const traySensors: {
  weigh(trayId: string): Promise<{ grams: number; larvae: number }>;
};

declare const nurseryDb: {
  expectedMeanMg(trayId: string, dayOfInstar: number): Promise<number>;
  saveWeight(weight: TrayWeight): Promise<void>;
};

declare const nurseryLog: {
  info(message: string): void;
};

export class TrayWeighingService {
  private readonly inflight = new Map<string, Promise<TrayWeight>>();
  private calibration?: Promise<number>;

  constructor(private readonly loadTareGrams: () => Promise<number>) {}

  private tare(): Promise<number> {
    if (this.calibration) return this.calibration;
    const calibration = this.loadTareGrams().catch((err: unknown) => {
      this.calibration = undefined;
      throw err;
    });
    this.calibration = calibration;
    return calibration;
  }

  private async weighNow(trayId: string): Promise<TrayWeight> {
    try {
      const [tare, raw] = await Promise.all([this.tare(), traySensors.weigh(trayId)]);
      const weight = { trayId, grams: raw.grams - tare, larvae: raw.larvae, weighedAt: Date.now() };
      await nurseryDb.saveWeight(weight);
      return weight;
    } finally {
      this.inflight.delete(trayId);
    }
  }

  weigh(trayId: string): Promise<TrayWeight> {
    const pending = this.inflight.get(trayId) ?? this.weighNow(trayId);
    this.inflight.set(trayId, pending);
    return pending;
  }

  async growthReport(trayId: string, dayOfInstar: number): Promise<GrowthReport> {
    const [weight, expectedMg] = await Promise.all([
      this.weigh(trayId),
      nurseryDb.expectedMeanMg(trayId, dayOfInstar),
    ]);
    const meanLarvaMg = weight.larvae > 0 ? (weight.grams * 1000) / weight.larvae : 0;
    const onTrack = meanLarvaMg >= expectedMg * 0.9;
    nurseryLog.info(
      `tray ${trayId} day ${dayOfInstar}: ${meanLarvaMg.toFixed(1)} mg/larva vs ${expectedMg.toFixed(1)} expected`,
    );
    return { trayId, meanLarvaMg, onTrack };
  }
}
