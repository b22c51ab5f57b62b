// expect: no-unchecked-settled-results
// dispatchNight awaits Promise.allSettled but never looks at the results, so observations the dish controller refused are still marked dispatched and dropped from the backlog, and the night report claims they were scheduled.
export interface Observation {
  id: string;
  target: string;
  raDeg: number;
  decDeg: number;
  minutes: number;
  proposal: string;
}

export interface DishController {
  schedule(dish: number, obs: Observation): Promise<{ ticket: string }>;
}

export interface Backlog {
  pending(night: string): Promise<Observation[]>;
  markDispatched(ids: string[]): Promise<void>;
}

export interface NightReport {
  night: string;
  dispatched: string[];
  minutesBooked: number;
}

const DISH_MINUTES_PER_NIGHT = 600;

export function packIntoDishes(observations: Observation[], dishCount: number): Map<number, Observation[]> {
  const plan = new Map<number, Observation[]>();
  const used = new Array<number>(dishCount).fill(0);
  const sorted = [...observations].sort((a, b) => b.minutes - a.minutes);
  for (const obs of sorted) {
    const dish = used.findIndex((m) => m + obs.minutes <= DISH_MINUTES_PER_NIGHT);
    if (dish === -1) continue;
    used[dish] += obs.minutes;
    const list = plan.get(dish + 1) ?? [];
    list.push(obs);
    plan.set(dish + 1, list);
  }
  return plan;
}

export class NightDispatcher {
  constructor(
    private readonly controller: DishController,
    private readonly backlog: Backlog,
    private readonly dishCount: number,
  ) {}

  async dispatchNight(night: string): Promise<NightReport> {
    const observations = await this.backlog.pending(night);
    const plan = packIntoDishes(observations, this.dishCount);

    const planned: Observation[] = [];
    const jobs: Promise<{ ticket: string }>[] = [];
    for (const [dish, list] of plan) {
      for (const obs of list) {
        planned.push(obs);
        jobs.push(this.controller.schedule(dish, obs));
      }
    }

    await Promise.allSettled(jobs);

    const ids = planned.map((o) => o.id);
    await this.backlog.markDispatched(ids);
    return {
      night,
      dispatched: ids,
      minutesBooked: planned.reduce((sum, o) => sum + o.minutes, 0),
    };
  }
}
