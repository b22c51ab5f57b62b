// expect: no-unobserved-promise
// The forecast request is started up front but only awaited after the sequential per-hut loop, so if it rejects while the loop is still awaiting it is an unhandled rejection.
export interface Hut {
  id: string;
  name: string;
  altitudeM: number;
  glacierApproach: boolean;
}

export interface Availability {
  hutId: string;
  night: string;
  freeBunks: number;
}

export interface AvalancheForecast {
  region: string;
  dangerLevel: 1 | 2 | 3 | 4 | 5;
  issuedAt: string;
}

export interface HutRegistryClient {
  listHuts(region: string): Promise<Hut[]>;
  availability(hutId: string, night: string): Promise<Availability>;
}

export interface ForecastClient {
  latest(region: string): Promise<AvalancheForecast>;
}

export interface TraverseOption {
  hut: Hut;
  freeBunks: number;
  advisory: string | null;
}

export class TraversePlanner {
  constructor(
    private readonly registry: HutRegistryClient,
    private readonly forecasts: ForecastClient,
  ) {}

  async plan(region: string, night: string, partySize: number): Promise<TraverseOption[]> {
    const forecastRequest = this.forecasts.latest(region);
    const huts = await this.registry.listHuts(region);

    const open: { hut: Hut; freeBunks: number }[] = [];
    for (const hut of huts) {
      const slot = await this.registry.availability(hut.id, night);
      if (slot.freeBunks >= partySize) {
        open.push({ hut, freeBunks: slot.freeBunks });
      }
    }

    const forecast = await forecastRequest;
    return open
      .map(({ hut, freeBunks }) => ({
        hut,
        freeBunks,
        advisory: this.advisoryFor(hut, forecast),
      }))
      .sort((a, b) => a.hut.altitudeM - b.hut.altitudeM);
  }

  private advisoryFor(hut: Hut, forecast: AvalancheForecast): string | null {
    if (!hut.glacierApproach) return null;
    if (forecast.dangerLevel >= 4) return `Approach closed: danger level ${forecast.dangerLevel}`;
    if (forecast.dangerLevel === 3) return 'Rope up and start before 05:00';
    return null;
  }
}

export function formatOptions(options: TraverseOption[]): string {
  if (options.length === 0) return 'No huts with enough bunks.';
  return options
    .map((o) => `${o.hut.name} (${o.hut.altitudeM} m): ${o.freeBunks} free${o.advisory ? ` — ${o.advisory}` : ''}`)
    .join('\n');
}
