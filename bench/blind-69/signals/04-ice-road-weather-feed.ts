// expect: no-swallowed-abort
// loadSegmentForecasts catches the AbortError from a cancelled fetch and returns an empty forecast list, which the dispatcher reads as "no warnings" and releases the convoy.
export interface SegmentForecast {
  segmentId: string;
  validFrom: string;
  airTempC: number;
  windKmh: number;
  warning: 'none' | 'whiteout' | 'thaw' | 'pressure-ridge';
}

export interface RoadSegment {
  segmentId: string;
  lake: string;
  lengthKm: number;
  iceCm: number;
}

export class ForecastUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ForecastUnavailableError';
  }
}

const FEED_URL = process.env.ICE_ROAD_WEATHER_URL ?? 'https://weather.winterroad.example/v1/segments';

export async function loadSegmentForecasts(
  segments: readonly RoadSegment[],
  signal: AbortSignal,
): Promise<SegmentForecast[]> {
  const ids = segments.map((s) => s.segmentId).join(',');
  try {
    const res = await fetch(`${FEED_URL}?ids=${encodeURIComponent(ids)}&hours=12`, {
      headers: { accept: 'application/json' },
      signal,
    });
    if (!res.ok) {
      throw new ForecastUnavailableError(`weather feed answered ${res.status}`);
    }
    const body = (await res.json()) as { forecasts: SegmentForecast[] };
    return body.forecasts;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      return [];
    }
    if (err instanceof ForecastUnavailableError) throw err;
    throw new ForecastUnavailableError('weather feed unreachable', { cause: err });
  }
}

export interface DispatchDecision {
  release: boolean;
  reasons: string[];
  maxSpeedKmh: number;
}

const MIN_ICE_CM_LOADED = 100;

export async function decideDispatch(
  segments: readonly RoadSegment[],
  grossTonnes: number,
  signal: AbortSignal,
): Promise<DispatchDecision> {
  const reasons: string[] = [];
  for (const segment of segments) {
    if (grossTonnes > 30 && segment.iceCm < MIN_ICE_CM_LOADED) {
      reasons.push(`${segment.segmentId} ice ${segment.iceCm}cm too thin for ${grossTonnes}t`);
    }
  }

  const forecasts = await loadSegmentForecasts(segments, signal);
  let maxSpeedKmh = 25;
  for (const forecast of forecasts) {
    if (forecast.warning === 'whiteout' || forecast.warning === 'pressure-ridge') {
      reasons.push(`${forecast.segmentId}: ${forecast.warning} from ${forecast.validFrom}`);
    }
    if (forecast.warning === 'thaw' || forecast.airTempC > -5) {
      maxSpeedKmh = Math.min(maxSpeedKmh, 15);
    }
    if (forecast.windKmh > 60) {
      maxSpeedKmh = Math.min(maxSpeedKmh, 10);
    }
  }
  return { release: reasons.length === 0, reasons, maxSpeedKmh };
}
