// expect: none
// The map deliberately stores in-flight promises so concurrent callers share one request; the ?? only chooses between an existing promise and starting a new one, and the promise is returned, never treated as a rating.
export type DangerLevel = 1 | 2 | 3 | 4 | 5;

export interface DangerRating {
  zone: string;
  level: DangerLevel;
  trend: 'rising' | 'steady' | 'falling';
  validUntil: number;
}

export interface ForecastApi {
  rating(zone: string): Promise<DangerRating>;
}

export class DangerRatingCache {
  private readonly fresh = new Map<string, DangerRating>();
  private readonly inflight = new Map<string, Promise<DangerRating>>();

  constructor(
    private readonly api: ForecastApi,
    private readonly now: () => number = Date.now,
  ) {}

  get(zone: string): Promise<DangerRating> {
    const cached = this.fresh.get(zone);
    if (cached && cached.validUntil > this.now()) return Promise.resolve(cached);
    return this.inflight.get(zone) ?? this.load(zone);
  }

  private load(zone: string): Promise<DangerRating> {
    const request = this.api
      .rating(zone)
      .then((rating) => {
        this.fresh.set(zone, rating);
        return rating;
      })
      .finally(() => {
        this.inflight.delete(zone);
      });
    this.inflight.set(zone, request);
    return request;
  }

  async highest(zones: string[]): Promise<DangerRating | undefined> {
    const ratings = await Promise.all(zones.map((z) => this.get(z)));
    return ratings.reduce<DangerRating | undefined>(
      (worst, r) => (!worst || r.level > worst.level ? r : worst),
      undefined,
    );
  }

  invalidate(zone?: string): void {
    if (zone === undefined) {
      this.fresh.clear();
      return;
    }
    this.fresh.delete(zone);
  }

  isPending(zone: string): boolean {
    return this.inflight.has(zone);
  }
}
