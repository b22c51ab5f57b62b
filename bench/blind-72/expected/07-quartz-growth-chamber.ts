// expect: no-uncalled-async-function
// publishStatus stores this.computeGrowthRates (the async method itself) in the payload instead of awaiting its result, so JSON.stringify silently drops the growth rates.
export interface SeedCrystal {
  seedId: string;
  orientation: 'Z' | 'Y' | 'AT';
  massGrams: number;
  plantedAt: Date;
}

export interface ChamberReading {
  at: Date;
  topC: number;
  bottomC: number;
  pressureMPa: number;
}

export interface GrowthRate {
  seedId: string;
  gramsPerDay: number;
}

declare const chamberDb: {
  recentReadings(chamberId: string, hours: number): Promise<ChamberReading[]>;
  seeds(chamberId: string): Promise<SeedCrystal[]>;
  massHistory(seedId: string, days: number): Promise<Array<{ at: Date; grams: number }>>;
};

declare const telemetry: {
  publish(topic: string, body: string): Promise<void>;
};

const GRADIENT_LIMIT_C = 45;

export class GrowthChamber {
  constructor(readonly chamberId: string) {}

  async thermalGradient(): Promise<number> {
    const readings = await chamberDb.recentReadings(this.chamberId, 1);
    if (readings.length === 0) return 0;
    const latest = readings[readings.length - 1];
    return latest.bottomC - latest.topC;
  }

  async computeGrowthRates(): Promise<GrowthRate[]> {
    const seeds = await chamberDb.seeds(this.chamberId);
    const rates: GrowthRate[] = [];
    for (const seed of seeds) {
      const history = await chamberDb.massHistory(seed.seedId, 14);
      if (history.length < 2) continue;
      const first = history[0];
      const last = history[history.length - 1];
      const days = (last.at.getTime() - first.at.getTime()) / 86_400_000;
      rates.push({ seedId: seed.seedId, gramsPerDay: days > 0 ? (last.grams - first.grams) / days : 0 });
    }
    return rates;
  }

  async publishStatus(): Promise<void> {
    const [readings, seeds, gradient] = await Promise.all([
      chamberDb.recentReadings(this.chamberId, 6),
      chamberDb.seeds(this.chamberId),
      this.thermalGradient(),
    ]);

    const payload: Record<string, unknown> = {
      chamber: this.chamberId,
      seeds: seeds.map((s) => ({ id: s.seedId, orientation: s.orientation, grams: s.massGrams })),
      readings: readings.map((r) => ({ at: r.at.toISOString(), top: r.topC, bottom: r.bottomC, mpa: r.pressureMPa })),
      gradientC: gradient,
      gradientAlarm: gradient > GRADIENT_LIMIT_C,
      growthRates: this.computeGrowthRates,
      publishedAt: new Date().toISOString(),
    };

    await telemetry.publish(`quartz/chambers/${this.chamberId}/status`, JSON.stringify(payload));
  }
}

export async function publishAll(chambers: readonly GrowthChamber[]): Promise<void> {
  for (const chamber of chambers) {
    await chamber.publishStatus();
  }
}
