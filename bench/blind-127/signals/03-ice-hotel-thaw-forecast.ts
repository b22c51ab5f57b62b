// expect: none
// The catch falls back to seasonal averages only for real service failures and rethrows the error untouched when the request was aborted.
export interface ThawForecast {
  site: string;
  days: Array<{ date: string; maxCelsius: number; sunHours: number }>;
  source: 'service' | 'seasonal-average';
}

export interface CarvingShift {
  date: string;
  crew: 'day' | 'night';
  reason: string;
}

const SEASONAL_MAX: Record<string, number> = { '12': -14, '01': -17, '02': -15, '03': -8, '04': -1 };

function fallbackForecast(site: string, from: Date, days: number): ThawForecast {
  return {
    site,
    source: 'seasonal-average',
    days: Array.from({ length: days }, (_, i) => {
      const d = new Date(from.getTime() + i * 86_400_000);
      const month = String(d.getUTCMonth() + 1).padStart(2, '0');
      return { date: d.toISOString().slice(0, 10), maxCelsius: SEASONAL_MAX[month] ?? 0, sunHours: 4 };
    }),
  };
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export async function loadThawForecast(
  serviceUrl: string,
  site: string,
  signal: AbortSignal,
  days = 7,
): Promise<ThawForecast> {
  try {
    const res = await fetch(`${serviceUrl}/forecast?site=${encodeURIComponent(site)}&days=${days}`, { signal });
    if (!res.ok) throw new Error(`forecast service returned ${res.status}`);
    const body = (await res.json()) as { days: ThawForecast['days'] };
    return { site, days: body.days, source: 'service' };
  } catch (err) {
    if (signal.aborted || isAbort(err)) throw err;
    return fallbackForecast(site, new Date(), days);
  }
}

export async function planCarvingShifts(
  serviceUrl: string,
  site: string,
  signal: AbortSignal,
): Promise<CarvingShift[]> {
  const forecast = await loadThawForecast(serviceUrl, site, signal);
  return forecast.days.map((day) => {
    if (day.maxCelsius > -3 || day.sunHours > 6) {
      return { date: day.date, crew: 'night', reason: `max ${day.maxCelsius}°C, ${day.sunHours}h sun` };
    }
    return {
      date: day.date,
      crew: 'day',
      reason: forecast.source === 'service' ? 'cold enough for daylight carving' : 'seasonal average (service unavailable)',
    };
  });
}
