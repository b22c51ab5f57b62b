// expect: none
// AbortError is rethrown from the catch before the fallback path, so cancellation is never converted into a cached forecast.
export interface InflowForecast {
  reservoir: string;
  issuedAt: string;
  hourlyCumecs: number[];
}

export interface SpillPlan {
  reservoir: string;
  gateOpeningsPct: number[];
  peakLevelM: number;
}

declare const hydrologyService: {
  forecast(reservoir: string, options: { hours: number; signal?: AbortSignal }): Promise<InflowForecast>;
};

declare const forecastCache: {
  latest(reservoir: string): InflowForecast | undefined;
  put(forecast: InflowForecast): void;
};

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === "AbortError";
}

export async function currentForecast(reservoir: string, signal: AbortSignal): Promise<InflowForecast> {
  try {
    const forecast = await hydrologyService.forecast(reservoir, { hours: 48, signal });
    forecastCache.put(forecast);
    return forecast;
  } catch (err) {
    if (isAbort(err) || signal.aborted) throw err;
    const cached = forecastCache.latest(reservoir);
    if (!cached) throw err;
    return cached;
  }
}

export function planSpill(
  forecast: InflowForecast,
  levelM: number,
  crestM: number,
  cumecsPerPctOpening: number,
): SpillPlan {
  const openings: number[] = [];
  let level = levelM;
  let peak = levelM;
  for (const inflow of forecast.hourlyCumecs) {
    const headroom = crestM - level;
    const needed = headroom < 0.5 ? inflow / cumecsPerPctOpening : 0;
    const opening = Math.min(100, Math.max(0, Math.round(needed)));
    openings.push(opening);
    level += (inflow - opening * cumecsPerPctOpening) * 0.00001;
    peak = Math.max(peak, level);
  }
  return { reservoir: forecast.reservoir, gateOpeningsPct: openings, peakLevelM: peak };
}

export async function planAll(
  reservoirs: { name: string; levelM: number; crestM: number; rating: number }[],
  signal: AbortSignal,
): Promise<SpillPlan[]> {
  const plans: SpillPlan[] = [];
  for (const r of reservoirs) {
    signal.throwIfAborted();
    const forecast = await currentForecast(r.name, signal);
    plans.push(planSpill(forecast, r.levelM, r.crestM, r.rating));
  }
  return plans;
}
