// expect: none
// Forecast and tide requests are started together and combined with Promise.all, so both rejections are observed.
import { setTimeout as delay } from 'node:timers/promises';

export interface MarineForecast {
  windKnots: number;
  swellMetres: number;
  visibilityKm: number;
}

export interface TideWindow {
  highWater: string;
  lowWater: string;
  rangeMetres: number;
}

export interface SailingDecision {
  tourId: string;
  go: boolean;
  reasons: string[];
}

declare const marineApi: {
  forecast(station: string, init: { signal: AbortSignal }): Promise<MarineForecast>;
};
declare const harbourTides: {
  windowFor(harbour: string, date: string, init: { signal: AbortSignal }): Promise<TideWindow>;
};

const MAX_WIND_KNOTS = 22;
const MAX_SWELL_METRES = 2.5;
const MIN_VISIBILITY_KM = 3;
const LOOKUP_TIMEOUT_MS = 8_000;

export async function assessDeparture(
  tourId: string,
  station: string,
  harbour: string,
  date: string,
): Promise<SailingDecision> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('conditions lookup timed out')), LOOKUP_TIMEOUT_MS);

  try {
    const [forecast, tides] = await Promise.all([
      marineApi.forecast(station, { signal: controller.signal }),
      harbourTides.windowFor(harbour, date, { signal: controller.signal }),
    ]);

    const reasons: string[] = [];
    if (forecast.windKnots > MAX_WIND_KNOTS) reasons.push(`wind ${forecast.windKnots}kn`);
    if (forecast.swellMetres > MAX_SWELL_METRES) reasons.push(`swell ${forecast.swellMetres}m`);
    if (forecast.visibilityKm < MIN_VISIBILITY_KM) reasons.push(`visibility ${forecast.visibilityKm}km`);
    if (tides.rangeMetres > 5) reasons.push(`spring tide range ${tides.rangeMetres}m`);

    return { tourId, go: reasons.length === 0, reasons };
  } finally {
    clearTimeout(timer);
  }
}

export async function assessWithRetry(
  tourId: string,
  station: string,
  harbour: string,
  date: string,
  attempts = 3,
): Promise<SailingDecision> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await assessDeparture(tourId, station, harbour, date);
    } catch (err) {
      lastError = err;
      // Back off a little more each time; the marine API rate-limits bursts.
      await delay(attempt * 750);
    }
  }
  throw new Error(`Could not assess tour ${tourId}`, { cause: lastError });
}
