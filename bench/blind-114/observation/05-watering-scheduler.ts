// expect: no-unchecked-settled-results
// Rejected entries from Promise.allSettled are filtered away and never inspected, so failed valve schedules disappear and the summary still reports success.
export interface BonsaiTree {
  tag: string;
  species: string;
  bench: string;
  potVolumeMl: number;
  lastWateredAt?: string;
}

export interface ValveController {
  schedule(bench: string, valve: string, startAt: Date, millilitres: number): Promise<string>;
}

export interface WeatherFeed {
  forecastHighC(date: Date): Promise<number>;
}

export interface WateringSummary {
  date: string;
  scheduled: number;
  jobIds: string[];
  highC: number;
}

const BASE_FRACTION: Record<string, number> = {
  juniper: 0.12,
  'japanese-maple': 0.2,
  ficus: 0.18,
  'trident-maple': 0.22,
  pine: 0.1,
};

export class WateringScheduler {
  constructor(
    private readonly valves: ValveController,
    private readonly weather: WeatherFeed,
    private readonly startHour = 6,
  ) {}

  volumeFor(tree: BonsaiTree, highC: number): number {
    const base = BASE_FRACTION[tree.species] ?? 0.15;
    const heat = highC > 30 ? 1.5 : highC > 24 ? 1.2 : 1;
    return Math.round(tree.potVolumeMl * base * heat);
  }

  async scheduleDay(trees: BonsaiTree[], day: Date): Promise<WateringSummary> {
    const highC = await this.weather.forecastHighC(day);
    const start = new Date(day);
    start.setHours(this.startHour, 0, 0, 0);

    const results = await Promise.allSettled(
      trees.map((tree, i) => {
        const at = new Date(start.getTime() + i * 45_000);
        return this.valves.schedule(tree.bench, `valve-${tree.tag}`, at, this.volumeFor(tree, highC));
      }),
    );

    const jobIds = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));

    return {
      date: day.toISOString().slice(0, 10),
      scheduled: jobIds.length,
      jobIds,
      highC,
    };
  }
}
