// expect: none
// The cache deliberately stores promises: `??` chooses between two promises and the truthiness test checks whether a refresh promise exists, and every value is awaited before use.
export interface Waiver {
  waiverId: string;
  guardianName: string;
  jumpers: Array<{ name: string; birthYear: number }>;
  signedAt: string;
  expiresAt: string;
}

export interface CheckInResult {
  wristbands: number;
  missing: string[];
  expired: boolean;
}

declare const waiverApi: {
  fetch(waiverId: string): Promise<Waiver>;
  recent(since: string): Promise<Waiver[]>;
};

export class WaiverCache {
  private readonly entries = new Map<string, Promise<Waiver>>();
  private refreshing: Promise<void> | null = null;
  private lastRefresh = new Date(0);

  constructor(private readonly ttlMs = 10 * 60_000) {}

  get(waiverId: string): Promise<Waiver> {
    const pending = this.entries.get(waiverId) ?? this.load(waiverId);
    this.entries.set(waiverId, pending);
    return pending;
  }

  private load(waiverId: string): Promise<Waiver> {
    return waiverApi.fetch(waiverId).catch((err: unknown) => {
      // do not cache failures; the next scan at the desk should try again
      this.entries.delete(waiverId);
      throw err;
    });
  }

  /** Pulls waivers signed on the lobby tablets since the last refresh. */
  refresh(): Promise<void> {
    if (this.refreshing) return this.refreshing;
    this.refreshing = (async () => {
      try {
        const since = this.lastRefresh.toISOString();
        const waivers = await waiverApi.recent(since);
        for (const waiver of waivers) {
          this.entries.set(waiver.waiverId, Promise.resolve(waiver));
        }
        this.lastRefresh = new Date();
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }

  isStale(now = Date.now()): boolean {
    return now - this.lastRefresh.getTime() > this.ttlMs;
  }
}

export async function checkIn(
  cache: WaiverCache,
  waiverId: string,
  arriving: string[],
  now = new Date(),
): Promise<CheckInResult> {
  if (cache.isStale(now.getTime())) {
    await cache.refresh();
  }
  const waiver = await cache.get(waiverId);
  const covered = new Set(waiver.jumpers.map((j) => j.name.toLowerCase()));
  const missing = arriving.filter((name) => !covered.has(name.toLowerCase()));
  return {
    wristbands: arriving.length - missing.length,
    missing,
    expired: new Date(waiver.expiresAt) < now,
  };
}
