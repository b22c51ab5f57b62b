// expect: no-unobserved-promise
// The feeding schedule request is started first and then held across the await on the temperature probe (and dropped entirely on the too-warm path), so if the schedule API rejects in that window the rejection has no handler and crashes the feeder daemon.
export interface FeedSchedule {
  tankId: string;
  species: string;
  gramsPerFeed: number;
  feedsPerDay: number;
}

export interface ScheduleApi {
  scheduleFor(tankId: string): Promise<FeedSchedule>;
}

export interface TemperatureProbe {
  readCelsius(tankId: string): Promise<number>;
}

export type FeedPlan =
  | { kind: 'feed'; tankId: string; grams: number }
  | { kind: 'skip'; tankId: string; reason: string };

const SPECIES_MAX_C: Record<string, number> = {
  'moon jellyfish': 22,
  'clownfish': 28,
  'leafy seadragon': 19,
  'pacific octopus': 12,
};

export class FeedPlanner {
  constructor(
    private readonly api: ScheduleApi,
    private readonly probe: TemperatureProbe,
  ) {}

  async planFeed(tankId: string, tankSpecies: string): Promise<FeedPlan> {
    const schedule = this.api.scheduleFor(tankId);
    const celsius = await this.probe.readCelsius(tankId);

    const max = SPECIES_MAX_C[tankSpecies] ?? 26;
    if (celsius > max) {
      return { kind: 'skip', tankId, reason: `water at ${celsius.toFixed(1)}°C, above ${max}°C for ${tankSpecies}` };
    }

    const { gramsPerFeed, feedsPerDay } = await schedule;
    const appetite = celsius < max - 6 ? 0.75 : 1;
    const grams = Math.round(gramsPerFeed * appetite * 10) / 10;
    if (feedsPerDay === 0) {
      return { kind: 'skip', tankId, reason: 'fasting day' };
    }
    return { kind: 'feed', tankId, grams };
  }

  async planRound(tanks: Array<{ id: string; species: string }>): Promise<FeedPlan[]> {
    const plans: FeedPlan[] = [];
    for (const tank of tanks) {
      plans.push(await this.planFeed(tank.id, tank.species));
    }
    return plans;
  }
}
