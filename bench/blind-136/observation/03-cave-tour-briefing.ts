// expect: no-unobserved-promise
// The forecast promise is started first and then held while the permit list is awaited, so if the forecast rejects during that wait nothing is handling it.
export interface Forecast {
  caveId: string;
  date: string;
  meltwaterRisk: 'low' | 'moderate' | 'high';
  airTempC: number;
}

export interface Permit {
  id: string;
  guide: string;
  groupSize: number;
  startsAt: string;
}

export interface GlacierWeatherApi {
  forecast(caveId: string, date: string): Promise<Forecast>;
}

export interface PermitRegistry {
  listForDate(caveId: string, date: string): Promise<Permit[]>;
}

export interface TourBriefing {
  caveId: string;
  date: string;
  risk: Forecast['meltwaterRisk'];
  groups: { guide: string; people: number; startsAt: string; crampons: boolean }[];
  totalVisitors: number;
  cancelled: boolean;
}

export class TourBriefingBuilder {
  constructor(
    private readonly weather: GlacierWeatherApi,
    private readonly permits: PermitRegistry,
    private readonly maxVisitorsOnHighRisk = 12,
  ) {}

  async build(caveId: string, date: string): Promise<TourBriefing> {
    const forecastPromise = this.weather.forecast(caveId, date);
    const permits = await this.permits.listForDate(caveId, date);
    const forecast = await forecastPromise;

    const ordered = [...permits].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const groups = ordered.map((p) => ({
      guide: p.guide,
      people: p.groupSize,
      startsAt: p.startsAt,
      crampons: forecast.airTempC > -2 || forecast.meltwaterRisk !== 'low',
    }));
    const totalVisitors = groups.reduce((n, g) => n + g.people, 0);
    const cancelled =
      forecast.meltwaterRisk === 'high' && totalVisitors > this.maxVisitorsOnHighRisk;

    return {
      caveId,
      date,
      risk: forecast.meltwaterRisk,
      groups: cancelled ? [] : groups,
      totalVisitors: cancelled ? 0 : totalVisitors,
      cancelled,
    };
  }

  static render(b: TourBriefing): string {
    if (b.cancelled) return `${b.caveId} ${b.date}: CANCELLED (meltwater risk ${b.risk})`;
    const lines = b.groups.map(
      (g) => `  ${g.startsAt} ${g.guide} x${g.people}${g.crampons ? ' [crampons]' : ''}`,
    );
    return [`${b.caveId} ${b.date} risk=${b.risk} visitors=${b.totalVisitors}`, ...lines].join('\n');
  }
}
