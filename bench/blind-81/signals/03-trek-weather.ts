// expect: no-swallowed-abort
// routeForecast's catch-all turns an AbortError from the cancelled request into a climatology fallback, so planTrek keeps going as if the forecast had simply been unavailable.
export interface TrekRoute {
  routeId: string;
  waypoints: Array<{ name: string; lat: number; lon: number; altitudeM: number }>;
  days: number;
}

export interface DayForecast {
  date: string;
  minTempC: number;
  maxGustKmh: number;
  precipitationMm: number;
  source: 'live' | 'climatology';
}

export interface TrekPlan {
  routeId: string;
  forecast: DayForecast[];
  llamaLoadKg: number;
  warnings: string[];
}

declare const FORECAST_API: string;
declare function climatologyFor(route: TrekRoute, startDate: string): DayForecast[];
declare const trekLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const BASE_LOAD_KG = 22;
const COLD_GEAR_KG = 4;
const MAX_SAFE_GUST_KMH = 65;

async function routeForecast(route: TrekRoute, startDate: string, signal: AbortSignal): Promise<DayForecast[]> {
  const highest = route.waypoints.reduce((top, w) => (w.altitudeM > top.altitudeM ? w : top));
  const url = new URL('/v1/mountain', FORECAST_API);
  url.searchParams.set('lat', String(highest.lat));
  url.searchParams.set('lon', String(highest.lon));
  url.searchParams.set('alt', String(highest.altitudeM));
  url.searchParams.set('start', startDate);
  url.searchParams.set('days', String(route.days));
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) throw new Error(`forecast service returned ${response.status}`);
    const days = (await response.json()) as Omit<DayForecast, 'source'>[];
    return days.map((day) => ({ ...day, source: 'live' as const }));
  } catch (err) {
    trekLog.warn('live forecast unavailable, using climatology', { routeId: route.routeId, error: String(err) });
    return climatologyFor(route, startDate);
  }
}

function loadFor(forecast: DayForecast[], llamas: number): number {
  const coldNights = forecast.filter((day) => day.minTempC < -5).length;
  const total = BASE_LOAD_KG * llamas + (coldNights > 0 ? COLD_GEAR_KG * llamas : 0);
  return Math.round(total / llamas);
}

export async function planTrek(
  route: TrekRoute,
  startDate: string,
  llamas: number,
  request: { signal: AbortSignal },
): Promise<TrekPlan> {
  const forecast = await routeForecast(route, startDate, request.signal);
  const warnings: string[] = [];
  for (const day of forecast) {
    if (day.maxGustKmh > MAX_SAFE_GUST_KMH) warnings.push(`${day.date}: gusts to ${day.maxGustKmh} km/h on the pass`);
    if (day.precipitationMm > 15) warnings.push(`${day.date}: heavy precipitation, river fords may close`);
  }
  if (forecast.some((day) => day.source === 'climatology')) {
    warnings.push('forecast is climatological; re-check 48 hours before departure');
  }
  return { routeId: route.routeId, forecast, llamaLoadKg: loadFor(forecast, llamas), warnings };
}
