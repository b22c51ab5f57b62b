// expect: none
// The catch falls back to the cached forecast only for HTTP, network and our own per-request timeout failures; when the caller's signal is aborted it rethrows, so cancelling the rota build still cancels it.
export interface SurfForecast {
  beach: string;
  date: string;
  waveHeightM: number;
  ripRisk: 'low' | 'moderate' | 'high';
}

export interface ForecastCache {
  get(beach: string, date: string): SurfForecast | undefined;
  set(forecast: SurfForecast): void;
}

const FORECAST_URL = 'https://marine.example.org/api/surf';

export async function forecastFor(
  beach: string,
  date: string,
  cache: ForecastCache,
  signal: AbortSignal,
): Promise<SurfForecast | undefined> {
  const perRequest = AbortSignal.timeout(4_000);
  const combined = AbortSignal.any([signal, perRequest]);
  try {
    const res = await fetch(`${FORECAST_URL}?beach=${encodeURIComponent(beach)}&date=${date}`, { signal: combined });
    if (!res.ok) throw new Error(`forecast HTTP ${res.status}`);
    const forecast = (await res.json()) as SurfForecast;
    cache.set(forecast);
    return forecast;
  } catch (err) {
    if (signal.aborted) throw err;
    return cache.get(beach, date);
  }
}

export function towersToStaff(forecast: SurfForecast | undefined, towers: string[]): string[] {
  if (!forecast) return towers;
  if (forecast.ripRisk === 'high' || forecast.waveHeightM > 2) return towers;
  if (forecast.ripRisk === 'moderate') return towers.slice(0, Math.ceil(towers.length * 0.75));
  return towers.slice(0, Math.ceil(towers.length / 2));
}

export async function planWeek(
  beach: string,
  dates: string[],
  towers: string[],
  cache: ForecastCache,
  signal: AbortSignal,
): Promise<Map<string, string[]>> {
  const plan = new Map<string, string[]>();
  for (const date of dates) {
    const forecast = await forecastFor(beach, date, cache, signal);
    plan.set(date, towersToStaff(forecast, towers));
  }
  return plan;
}
