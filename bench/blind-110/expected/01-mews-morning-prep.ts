// expect: no-uncalled-async-function
// morningPrep() puts this.reconcileFeedStock into Promise.all without calling it, so the feed stock is never reconciled and Promise.all resolves immediately for that entry.
export interface FeedStockDb {
  count(item: 'day-old chick' | 'quail' | 'rat' | 'rabbit'): Promise<number>;
  setCount(item: string, n: number): Promise<void>;
  usageLastWeek(item: string): Promise<number>;
}

export interface HoodLocker {
  listHoods(): Promise<Array<{ id: string; bird: string | null; condition: 'good' | 'worn' | 'repair' }>>;
}

export interface PerchPlan {
  assign(ring: string, perch: string): Promise<void>;
  current(): Promise<Map<string, string>>;
}

export interface PrepIssue {
  area: 'hoods' | 'feed' | 'perches';
  message: string;
}

const FEED_ITEMS = ['day-old chick', 'quail', 'rat', 'rabbit'] as const;

export class MewsPrep {
  private readonly issues: PrepIssue[] = [];

  constructor(
    private readonly feed: FeedStockDb,
    private readonly hoods: HoodLocker,
    private readonly perches: PerchPlan,
    private readonly weathering: string[],
  ) {}

  async morningPrep(): Promise<PrepIssue[]> {
    this.issues.length = 0;
    await Promise.all([this.checkHoods(), this.reconcileFeedStock, this.rotateWeatheringPerches()]);
    return [...this.issues];
  }

  private async checkHoods(): Promise<void> {
    for (const hood of await this.hoods.listHoods()) {
      if (hood.condition === 'repair') this.issues.push({ area: 'hoods', message: `hood ${hood.id} needs stitching` });
      if (hood.condition === 'worn' && hood.bird) {
        this.issues.push({ area: 'hoods', message: `hood ${hood.id} on ${hood.bird} is wearing thin` });
      }
    }
  }

  private async reconcileFeedStock(): Promise<void> {
    for (const item of FEED_ITEMS) {
      const [onHand, weekly] = await Promise.all([this.feed.count(item), this.feed.usageLastWeek(item)]);
      if (onHand < weekly / 2) {
        this.issues.push({ area: 'feed', message: `${item}: ${onHand} left, ~${weekly} used per week — order from supplier` });
      }
      await this.feed.setCount(item, onHand);
    }
  }

  private async rotateWeatheringPerches(): Promise<void> {
    const current = await this.perches.current();
    const rings = [...current.keys()].filter((ring) => this.weathering.includes(current.get(ring)!));
    for (let i = 0; i < rings.length; i++) {
      const next = this.weathering[(this.weathering.indexOf(current.get(rings[i])!) + 1) % this.weathering.length];
      await this.perches.assign(rings[i], next);
    }
    if (rings.length > this.weathering.length) {
      this.issues.push({ area: 'perches', message: 'more birds than weathering perches' });
    }
  }
}
