// expect: none
// The forecast catch falls back to the cached forecast only for real service failures and rethrows when the signal is aborted or the error is an AbortError, so a cancelled swarm-risk check still ends as a cancellation.
export interface Apiary {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

export interface Forecast {
  apiaryId: string;
  maxTempC: number;
  windKph: number;
  rainMm: number;
  issuedAt: string;
  stale?: boolean;
}

export type SwarmRisk = 'low' | 'elevated' | 'high';

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export class SwarmRiskService {
  private readonly cache = new Map<string, Forecast>();

  constructor(private readonly forecastUrl: string) {}

  private async fetchForecast(apiary: Apiary, signal: AbortSignal): Promise<Forecast> {
    const url = `${this.forecastUrl}?lat=${apiary.lat.toFixed(3)}&lon=${apiary.lon.toFixed(3)}`;
    const res = await fetch(url, { signal });
    if (!res.ok) throw new Error(`forecast service ${res.status}`);
    const body = (await res.json()) as { t_max: number; wind: number; rain: number; issued: string };
    const forecast: Forecast = { apiaryId: apiary.id, maxTempC: body.t_max, windKph: body.wind, rainMm: body.rain, issuedAt: body.issued };
    this.cache.set(apiary.id, forecast);
    return forecast;
  }

  async forecastFor(apiary: Apiary, signal: AbortSignal): Promise<Forecast> {
    try {
      return await this.fetchForecast(apiary, signal);
    } catch (err) {
      if (signal.aborted || isAbortError(err)) throw err;
      const cached = this.cache.get(apiary.id);
      if (!cached) throw err;
      return { ...cached, stale: true };
    }
  }

  async riskFor(apiary: Apiary, coloniesStrong: number, signal: AbortSignal): Promise<SwarmRisk> {
    const f = await this.forecastFor(apiary, signal);
    const swarmWeather = f.maxTempC >= 18 && f.windKph < 25 && f.rainMm < 1;
    if (!swarmWeather) return 'low';
    return coloniesStrong >= 3 ? 'high' : 'elevated';
  }

  async riskBoard(apiaries: Array<{ apiary: Apiary; strong: number }>, signal: AbortSignal): Promise<Map<string, SwarmRisk>> {
    const board = new Map<string, SwarmRisk>();
    for (const { apiary, strong } of apiaries) {
      board.set(apiary.name, await this.riskFor(apiary, strong, signal));
    }
    return board;
  }
}
