// expect: none
// Function references are passed only where functions are expected (retry factory, scheduler task, map callback); every promise-valued slot gets a call.

export interface Dog {
  dogId: string;
  name: string;
  handler: string;
}

export interface ScentTrial {
  trialId: string;
  dogId: string;
  scent: 'tuber-melanosporum' | 'tuber-magnatum' | 'tuber-aestivum';
  hidesPlaced: number;
  hidesFound: number;
  falseAlerts: number;
  durationS: number;
}

export interface Progress {
  dog: Dog;
  trials: ScentTrial[];
  hitRate: number;
  ready: boolean;
}

declare const kennelApi: {
  listDogs(): Promise<Dog[]>;
  fetchTrials(dogId: string, sinceDays: number): Promise<ScentTrial[]>;
};

declare function rotateScentJars(): Promise<number>;

declare const scheduler: {
  register(name: string, cron: string, task: () => Promise<unknown>): void;
};

async function retry<T>(operation: () => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

export class TrainingBoard {
  constructor(private readonly windowDays = 30) {}

  install(): void {
    scheduler.register('rotate-scent-jars', '0 5 * * 1', this.rotateScents.bind(this));
    scheduler.register('weekly-readiness', '0 6 * * 1', () => this.readiness());
  }

  async readiness(): Promise<Progress[]> {
    const dogs = await retry(() => kennelApi.listDogs());
    const progress = await Promise.all(dogs.map(this.loadProgress));
    return progress.sort((a, b) => b.hitRate - a.hitRate);
  }

  private loadProgress = async (dog: Dog): Promise<Progress> => {
    const trials = await retry(() => kennelApi.fetchTrials(dog.dogId, this.windowDays));
    const placed = trials.reduce((n, t) => n + t.hidesPlaced, 0);
    const found = trials.reduce((n, t) => n + t.hidesFound, 0);
    const falseAlerts = trials.reduce((n, t) => n + t.falseAlerts, 0);
    const hitRate = placed === 0 ? 0 : found / placed;
    const ready = trials.length >= 8 && hitRate >= 0.85 && falseAlerts <= trials.length / 4;
    return { dog, trials, hitRate, ready };
  };

  private async rotateScents(): Promise<void> {
    const rotated = await retry(rotateScentJars);
    if (rotated === 0) {
      throw new Error('no scent jars were rotated; check the jar inventory');
    }
  }
}

export function bestScent(trials: ScentTrial[]): ScentTrial['scent'] | undefined {
  const byScent = new Map<ScentTrial['scent'], { found: number; placed: number }>();
  for (const t of trials) {
    const agg = byScent.get(t.scent) ?? { found: 0, placed: 0 };
    agg.found += t.hidesFound;
    agg.placed += t.hidesPlaced;
    byScent.set(t.scent, agg);
  }
  let best: ScentTrial['scent'] | undefined;
  let bestRate = -1;
  for (const [scent, { found, placed }] of byScent) {
    const rate = placed ? found / placed : 0;
    if (rate > bestRate) [best, bestRate] = [scent, rate];
  }
  return best;
}
