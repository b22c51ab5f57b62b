// expect: none
// the cache deliberately stores promises; `cached ?? this.startLoad()` chooses between two promises and every consumer awaits before reading a value
export interface IceForecast {
  lakeId: string;
  thicknessCmByDay: number[];
  pressureRidgeRisk: "low" | "moderate" | "high";
  issuedAt: Date;
}

export interface HutAdvice {
  hutId: string;
  lakeId: string;
  safeDays: number;
  message: string;
}

declare const iceService: {
  forecast(lakeId: string, days: number): Promise<IceForecast>;
};
declare const hutOwners: {
  hutsOnLake(lakeId: string): Promise<{ hutId: string; weightKg: number }[]>;
};

const FORECAST_DAYS = 7;
const TTL_MS = 30 * 60_000;

export class ForecastCache {
  private readonly entries = new Map<string, { promise: Promise<IceForecast>; storedAt: number }>();

  private startLoad(lakeId: string): Promise<IceForecast> {
    const promise = iceService.forecast(lakeId, FORECAST_DAYS);
    this.entries.set(lakeId, { promise, storedAt: Date.now() });
    promise.catch(() => {
      if (this.entries.get(lakeId)?.promise === promise) this.entries.delete(lakeId);
    });
    return promise;
  }

  get(lakeId: string): Promise<IceForecast> {
    const entry = this.entries.get(lakeId);
    const fresh = entry && Date.now() - entry.storedAt < TTL_MS ? entry.promise : undefined;
    return fresh ?? this.startLoad(lakeId);
  }

  invalidate(lakeId: string): void {
    this.entries.delete(lakeId);
  }
}

function safeDays(forecast: IceForecast, weightKg: number): number {
  const needed = weightKg > 600 ? 25 : 20;
  let days = 0;
  for (const cm of forecast.thicknessCmByDay) {
    if (cm < needed) break;
    days++;
  }
  return forecast.pressureRidgeRisk === "high" ? Math.min(days, 1) : days;
}

export async function adviseLake(cache: ForecastCache, lakeId: string): Promise<HutAdvice[]> {
  const [forecast, huts] = await Promise.all([cache.get(lakeId), hutOwners.hutsOnLake(lakeId)]);
  return huts.map((hut) => {
    const days = safeDays(forecast, hut.weightKg);
    const message =
      days === 0
        ? `Remove hut ${hut.hutId} from ${lakeId} today.`
        : `Hut ${hut.hutId} can stay ${days} more day(s); ridge risk ${forecast.pressureRidgeRisk}.`;
    return { hutId: hut.hutId, lakeId, safeDays: days, message };
  });
}
