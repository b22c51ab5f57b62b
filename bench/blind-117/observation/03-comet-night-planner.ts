// expect: no-unobserved-promise
// The cloud forecast request is started alongside the ephemeris but only awaited after it, so if the forecast rejects while the ephemeris is still loading the rejection has no handler yet.
export interface EphemerisRow {
  at: Date;
  raHours: number;
  decDegrees: number;
  altitudeDeg: number;
  magnitude: number;
}

export interface CloudForecastRow {
  at: Date;
  cloudCoverPct: number;
}

export interface EphemerisService {
  fetchEphemeris(designation: string, siteCode: string, night: Date): Promise<EphemerisRow[]>;
}

export interface WeatherService {
  cloudForecast(siteCode: string, night: Date): Promise<CloudForecastRow[]>;
}

export interface ObservingWindow {
  designation: string;
  siteCode: string;
  start: Date;
  end: Date;
  peakAltitudeDeg: number;
}

const MIN_ALTITUDE_DEG = 20;
const MAX_CLOUD_PCT = 40;

function nearestForecast(forecast: CloudForecastRow[], at: Date): CloudForecastRow | undefined {
  let best: CloudForecastRow | undefined;
  for (const row of forecast) {
    if (!best || Math.abs(row.at.getTime() - at.getTime()) < Math.abs(best.at.getTime() - at.getTime())) {
      best = row;
    }
  }
  return best;
}

export class CometNightPlanner {
  constructor(
    private readonly ephemerides: EphemerisService,
    private readonly weather: WeatherService,
  ) {}

  async plan(designation: string, siteCode: string, night: Date): Promise<ObservingWindow[]> {
    const ephemerisRequest = this.ephemerides.fetchEphemeris(designation, siteCode, night);
    const forecastRequest = this.weather.cloudForecast(siteCode, night);

    const visible = (await ephemerisRequest).filter((row) => row.altitudeDeg >= MIN_ALTITUDE_DEG);
    const forecast = await forecastRequest;
    const windows: ObservingWindow[] = [];
    let current: ObservingWindow | undefined;

    for (const row of visible) {
      const cloud = nearestForecast(forecast, row.at);
      const clear = !cloud || cloud.cloudCoverPct <= MAX_CLOUD_PCT;
      if (clear) {
        if (!current) {
          current = { designation, siteCode, start: row.at, end: row.at, peakAltitudeDeg: row.altitudeDeg };
        } else {
          current.end = row.at;
          current.peakAltitudeDeg = Math.max(current.peakAltitudeDeg, row.altitudeDeg);
        }
      } else if (current) {
        windows.push(current);
        current = undefined;
      }
    }
    if (current) windows.push(current);
    return windows;
  }

  static longest(windows: ObservingWindow[]): ObservingWindow | undefined {
    return windows.reduce<ObservingWindow | undefined>((best, w) => {
      const len = w.end.getTime() - w.start.getTime();
      return !best || len > best.end.getTime() - best.start.getTime() ? w : best;
    }, undefined);
  }
}
