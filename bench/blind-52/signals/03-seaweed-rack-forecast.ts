// expect: no-swallowed-abort
// The forecast fetch's catch-all falls back to the cached forecast, so a cancelled request comes back as an ordinary result.
export interface Forecast {
  site: string;
  hours: Array<{ at: string; rainMm: number; humidityPct: number; windKmh: number }>;
  fetchedAt: number;
}

export interface RackPlan {
  rackId: string;
  deploy: boolean;
  coverAt: string | null;
}

declare const forecastCache: {
  get(site: string): Forecast | undefined;
  set(site: string, forecast: Forecast): void;
};

declare const rackLog: {
  warn(message: string, err?: unknown): void;
};

const FORECAST_URL = 'https://weather.coastal-coop.example/v2/hourly';
const RAIN_COVER_MM = 0.3;
const DRYING_HUMIDITY_MAX = 78;

function emptyForecast(site: string): Forecast {
  return { site, hours: [], fetchedAt: 0 };
}

export async function loadForecast(site: string, signal: AbortSignal): Promise<Forecast> {
  try {
    const res = await fetch(`${FORECAST_URL}?site=${encodeURIComponent(site)}&hours=12`, { signal });
    if (!res.ok) {
      throw new Error(`forecast service returned ${res.status}`);
    }
    const body = (await res.json()) as Omit<Forecast, 'fetchedAt'>;
    const forecast: Forecast = { ...body, fetchedAt: Date.now() };
    forecastCache.set(site, forecast);
    return forecast;
  } catch (err) {
    rackLog.warn(`forecast for ${site} unavailable, using cached copy`, err);
    return forecastCache.get(site) ?? emptyForecast(site);
  }
}

function firstRainHour(forecast: Forecast): string | null {
  const hour = forecast.hours.find((h) => h.rainMm >= RAIN_COVER_MM);
  return hour ? hour.at : null;
}

function goodDryingWindow(forecast: Forecast): boolean {
  const next4 = forecast.hours.slice(0, 4);
  if (next4.length < 4) {
    return false;
  }
  return next4.every((h) => h.humidityPct <= DRYING_HUMIDITY_MAX && h.rainMm < RAIN_COVER_MM);
}

export async function planRacks(site: string, rackIds: readonly string[], signal: AbortSignal): Promise<RackPlan[]> {
  const forecast = await loadForecast(site, signal);
  const deploy = goodDryingWindow(forecast);
  const coverAt = firstRainHour(forecast);
  return rackIds.map((rackId) => ({ rackId, deploy, coverAt: deploy ? coverAt : null }));
}

export function windiestHour(forecast: Forecast): string | undefined {
  let best: Forecast['hours'][number] | undefined;
  for (const hour of forecast.hours) {
    if (!best || hour.windKmh > best.windKmh) {
      best = hour;
    }
  }
  return best?.at;
}
