// expect: none
// The forecast request is prefetched across the roster await, but .then(ok, fail) turns it into a promise that cannot reject before anything else is awaited, and the failure is rethrown once the roster is in.
export interface Dog {
  name: string;
  position: 'lead' | 'swing' | 'team' | 'wheel';
  pawScore: number;
}

export interface Musher {
  bib: number;
  name: string;
  dogs: Dog[];
}

export interface TrailForecast {
  trail: string;
  windChillC: number;
  freshSnowCm: number;
}

export interface RaceRegistry {
  roster(raceId: string): Promise<Musher[]>;
}

export interface WeatherService {
  forecast(trail: string): Promise<TrailForecast>;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export class StartLinePlanner {
  constructor(private readonly registry: RaceRegistry, private readonly weather: WeatherService) {}

  async startOrder(raceId: string, trail: string): Promise<Array<{ bib: number; departsAfterMin: number }>> {
    const forecast: Promise<Settled<TrailForecast>> = this.weather.forecast(trail).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error }),
    );

    const roster = await this.registry.roster(raceId);
    const eligible = roster.filter((m) => m.dogs.length >= 6 && m.dogs.every((d) => d.pawScore >= 3));

    const weather = await forecast;
    if (!weather.ok) {
      throw new Error(`cannot plan start for ${raceId} without a forecast`, { cause: weather.error });
    }
    const spacingMin = weather.value.freshSnowCm > 20 || weather.value.windChillC < -35 ? 3 : 2;

    return eligible
      .sort((a, b) => a.bib - b.bib)
      .map((m, i) => ({ bib: m.bib, departsAfterMin: i * spacingMin }));
  }
}

export async function announceStarts(planner: StartLinePlanner, raceId: string, trail: string): Promise<void> {
  const order = await planner.startOrder(raceId, trail);
  for (const slot of order) {
    const hh = String(Math.floor(slot.departsAfterMin / 60)).padStart(2, '0');
    const mm = String(slot.departsAfterMin % 60).padStart(2, '0');
    console.log(`bib ${slot.bib}  T+${hh}:${mm}`);
  }
}
