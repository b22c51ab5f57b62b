// expect: no-swallowed-abort
// The catch-all turns an aborted refresh into cached or empty alerts, so a cancelled caller receives an ordinary result instead of the AbortError.
export interface MeteorAlert {
  id: string;
  region: string;
  shower: string;
  kind: 'fireball' | 'outburst' | 'peak-window';
  issuedAt: string;
  expiresAt: string;
}

interface CacheEntry {
  alerts: MeteorAlert[];
  fetchedAt: number;
}

export interface Logger {
  warn(message: string, meta?: Record<string, unknown>): void;
}

export class MeteorAlertFeed {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly baseUrl: string,
    private readonly log: Logger,
    private readonly maxAgeMs = 5 * 60_000,
  ) {}

  async refresh(region: string, signal: AbortSignal): Promise<MeteorAlert[]> {
    try {
      const res = await fetch(`${this.baseUrl}/alerts?region=${encodeURIComponent(region)}`, { signal });
      if (!res.ok) throw new Error(`alert feed returned ${res.status}`);
      const alerts = (await res.json()) as MeteorAlert[];
      this.cache.set(region, { alerts, fetchedAt: Date.now() });
      return alerts;
    } catch (err) {
      const cached = this.cache.get(region);
      this.log.warn('alert feed unavailable', {
        region,
        servingCached: Boolean(cached),
        error: err instanceof Error ? err.message : String(err),
      });
      return cached?.alerts ?? [];
    }
  }

  async current(region: string, signal: AbortSignal): Promise<MeteorAlert[]> {
    const cached = this.cache.get(region);
    const alerts =
      cached && Date.now() - cached.fetchedAt < this.maxAgeMs ? cached.alerts : await this.refresh(region, signal);
    const now = Date.now();
    return alerts.filter((a) => Date.parse(a.expiresAt) > now);
  }

  async currentForAll(regions: string[], signal: AbortSignal): Promise<Map<string, MeteorAlert[]>> {
    const lists = await Promise.all(regions.map((r) => this.current(r, signal)));
    return new Map(regions.map((r, i) => [r, lists[i]]));
  }
}
