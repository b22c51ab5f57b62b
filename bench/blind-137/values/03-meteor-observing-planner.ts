// expect: no-read-before-settle
// The forecast variable is assigned inside the .then callback but read synchronously on the next line, so planNight always sees it undefined.
export interface CloudForecast {
  site: string;
  hourly: Array<{ utc: string; cover: number }>;
}

export interface WeatherClient {
  cloudForecast(site: string, date: string): Promise<CloudForecast>;
}

export interface Logger {
  warn(message: string, meta?: Record<string, unknown>): void;
}

export interface ShowerInfo {
  name: string;
  radiantRiseUtcHour: number;
  peakDate: string;
}

export interface ObservingPlan {
  site: string;
  shower: string;
  windows: string[];
  recommendation: 'go' | 'marginal' | 'stay-home';
}

export class ObservingPlanner {
  constructor(
    private readonly weather: WeatherClient,
    private readonly log: Logger,
    private readonly maxCover = 0.3,
  ) {}

  planNight(site: string, shower: ShowerInfo): ObservingPlan {
    let forecast: CloudForecast | undefined;
    this.weather.cloudForecast(site, shower.peakDate).then(
      (f) => {
        forecast = f;
      },
      (err: unknown) => this.log.warn('cloud forecast unavailable', { site, err }),
    );

    const windows = (forecast?.hourly ?? [])
      .filter((h) => new Date(h.utc).getUTCHours() >= shower.radiantRiseUtcHour || new Date(h.utc).getUTCHours() < 5)
      .filter((h) => h.cover <= this.maxCover)
      .map((h) => h.utc);

    const recommendation = windows.length >= 3 ? 'go' : windows.length > 0 ? 'marginal' : 'stay-home';
    return { site, shower: shower.name, windows, recommendation };
  }

  bestSite(sites: string[], shower: ShowerInfo): ObservingPlan | undefined {
    const plans = sites.map((s) => this.planNight(s, shower));
    return plans.sort((a, b) => b.windows.length - a.windows.length)[0];
  }
}
