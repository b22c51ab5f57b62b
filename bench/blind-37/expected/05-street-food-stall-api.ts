// expect: no-uncalled-async-function
// On the refresh branch the handler returns cache.reload (the method) instead of cache.reload(), so the response body is a function.
export interface Stall {
  pitch: string;
  trader: string;
  cuisine: string;
  hygieneRating: 0 | 1 | 2 | 3 | 4 | 5;
  openFrom: string;
  openUntil: string;
  cardPayments: boolean;
}

interface Request {
  params: Record<string, string>;
  query: Record<string, string | undefined>;
}

declare const router: {
  get(path: string, handler: (req: Request) => Promise<unknown>): void;
};

declare function fetchCouncilPermits(marketId: string): Promise<Stall[]>;

const MAX_AGE_MS = 10 * 60 * 1000;

class StallCache {
  private stalls: Stall[] = [];
  private loadedAt = 0;

  constructor(private readonly marketId: string) {}

  isStale(now = Date.now()): boolean {
    return now - this.loadedAt > MAX_AGE_MS;
  }

  current(): Stall[] {
    return this.stalls;
  }

  reload = async (): Promise<Stall[]> => {
    const permits = await fetchCouncilPermits(this.marketId);
    this.stalls = permits
      .filter((s) => s.hygieneRating >= 3)
      .sort((a, b) => a.pitch.localeCompare(b.pitch, undefined, { numeric: true }));
    this.loadedAt = Date.now();
    return this.stalls;
  };
}

export class MarketStallsApi {
  private readonly caches = new Map<string, StallCache>();

  private cacheFor(marketId: string): StallCache {
    let cache = this.caches.get(marketId);
    if (!cache) {
      cache = new StallCache(marketId);
      this.caches.set(marketId, cache);
    }
    return cache;
  }

  register(): void {
    router.get('/markets/:id/stalls', async (req) => {
      const cache = this.cacheFor(req.params.id);
      if (req.query.refresh === '1' || cache.isStale()) {
        return cache.reload;
      }
      return cache.current();
    });

    router.get('/markets/:id/stalls/open', async (req) => {
      const cache = this.cacheFor(req.params.id);
      const stalls = cache.isStale() ? await cache.reload() : cache.current();
      const at = req.query.at ?? new Date().toTimeString().slice(0, 5);
      return stalls.filter((s) => s.openFrom <= at && at < s.openUntil);
    });

    router.get('/markets/:id/cuisines', async (req) => {
      const cache = this.cacheFor(req.params.id);
      const stalls = cache.isStale() ? await cache.reload() : cache.current();
      const counts = new Map<string, number>();
      for (const s of stalls) {
        counts.set(s.cuisine, (counts.get(s.cuisine) ?? 0) + 1);
      }
      return [...counts].map(([cuisine, count]) => ({ cuisine, count })).sort((a, b) => b.count - a.count);
    });
  }
}
