// expect: none
// The fallback catch rethrows when the caller's signal has aborted before falling back to the last known forecast, so cancellation still propagates as an AbortError and only real network failures are softened.
export interface NectarForecast {
  apiary: string;
  days: { date: string; flowIndex: number; rainMm: number }[];
}

export interface ForecastCache {
  get(apiary: string): NectarForecast | undefined;
  set(apiary: string, forecast: NectarForecast): void;
}

const FORECAST_URL = 'https://bee-coop.example.net/api/nectar-flow';

export class NectarForecastClient {
  constructor(
    private readonly cache: ForecastCache,
    private readonly token: string,
  ) {}

  async forecast(apiary: string, signal: AbortSignal): Promise<NectarForecast> {
    try {
      const res = await fetch(`${FORECAST_URL}?apiary=${encodeURIComponent(apiary)}`, {
        signal,
        headers: { authorization: `Bearer ${this.token}` },
      });
      if (!res.ok) throw new Error(`forecast service returned ${res.status}`);
      const forecast = (await res.json()) as NectarForecast;
      this.cache.set(apiary, forecast);
      return forecast;
    } catch (err) {
      if (signal.aborted) throw signal.reason ?? err;
      const last = this.cache.get(apiary);
      if (!last) throw err;
      console.warn(`nectar forecast for ${apiary} unavailable, using last known forecast`, err);
      return last;
    }
  }
}

export async function bestDaysToAddSupers(
  client: NectarForecastClient,
  apiary: string,
  signal: AbortSignal,
): Promise<string[]> {
  const { days } = await client.forecast(apiary, signal);
  // supers go on ahead of a strong flow, and never on a wet day
  return days
    .filter((d) => d.flowIndex >= 0.7 && d.rainMm < 2)
    .map((d) => d.date)
    .slice(0, 3);
}

export function describeFlow(forecast: NectarForecast): string {
  const peak = forecast.days.reduce((best, d) => (d.flowIndex > best.flowIndex ? d : best), forecast.days[0] ?? { date: '-', flowIndex: 0, rainMm: 0 });
  return `${forecast.apiary}: peak flow ${peak.flowIndex.toFixed(2)} on ${peak.date}`;
}
