// expect: no-read-before-settle
// moistureFactor is updated inside a .then callback but read synchronously right after, so the estimate always uses the default of 1.
export interface DryerProfile {
  id: string;
  capacityKg: number;
  heat: 'low' | 'medium' | 'high';
  ventRestricted: boolean;
}

export interface CycleEstimate {
  dryerId: string;
  minutes: number;
  cents: number;
  note?: string;
}

declare const drumSensors: {
  moisture(dryerId: string): Promise<{ percent: number; drumTempC: number }>;
};

declare const storeLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const BASE_MINUTES_PER_KG: Record<DryerProfile['heat'], number> = {
  low: 7.5,
  medium: 5.5,
  high: 4.2,
};

const CENTS_PER_TEN_MINUTES = 25;

export class DryerEstimator {
  private readonly history = new Map<string, number[]>();

  constructor(private readonly profiles: Map<string, DryerProfile>) {}

  recordActual(dryerId: string, minutes: number): void {
    const list = this.history.get(dryerId) ?? [];
    list.push(minutes);
    if (list.length > 20) list.shift();
    this.history.set(dryerId, list);
  }

  private historicalBias(dryerId: string, predicted: number): number {
    const list = this.history.get(dryerId);
    if (!list || list.length < 5) return 1;
    const avg = list.reduce((a, b) => a + b, 0) / list.length;
    return Math.min(1.3, Math.max(0.8, avg / predicted));
  }

  estimate(dryerId: string, loadKg: number): CycleEstimate {
    const profile = this.profiles.get(dryerId);
    if (!profile) {
      throw new Error(`Unknown dryer ${dryerId}`);
    }
    const kg = Math.min(loadKg, profile.capacityKg);

    let moistureFactor = 1;
    drumSensors
      .moisture(dryerId)
      .then((m) => {
        moistureFactor = 0.6 + m.percent / 100;
      })
      .catch((err: unknown) => {
        storeLog.warn('moisture sensor unavailable; using default', { dryerId, err: String(err) });
      });

    const predicted = BASE_MINUTES_PER_KG[profile.heat] * kg * moistureFactor * (profile.ventRestricted ? 1.25 : 1);
    const minutes = Math.ceil((predicted * this.historicalBias(dryerId, predicted)) / 5) * 5;
    const cents = Math.ceil(minutes / 10) * CENTS_PER_TEN_MINUTES;
    const note = loadKg > profile.capacityKg ? `Load exceeds ${profile.capacityKg} kg; split it for best results` : undefined;
    return { dryerId, minutes, cents, note };
  }
}
