// expect: none
// The map deliberately stores in-flight promises; ?? and has() test whether a request is already running, not its result, and callers await what they get back.
export interface TideWindow {
  siteId: string;
  slackAt: string;
  heightM: number;
  visibilityM: number;
}

declare function fetchTideWindows(siteId: string, day: string, signal?: AbortSignal): Promise<TideWindow[]>;

export class TideWindowCache {
  private readonly inflight = new Map<string, Promise<TideWindow[]>>();
  private readonly settled = new Map<string, { at: number; value: TideWindow[] }>();

  constructor(private readonly ttlMs = 30 * 60_000) {}

  private key(siteId: string, day: string): string {
    return `${siteId}@${day}`;
  }

  get(siteId: string, day: string): Promise<TideWindow[]> {
    const key = this.key(siteId, day);

    const hit = this.settled.get(key);
    if (hit && Date.now() - hit.at < this.ttlMs) return Promise.resolve(hit.value);

    return this.inflight.get(key) ?? this.start(key, siteId, day);
  }

  private start(key: string, siteId: string, day: string): Promise<TideWindow[]> {
    const request = fetchTideWindows(siteId, day)
      .then((value) => {
        this.settled.set(key, { at: Date.now(), value });
        return value;
      })
      .finally(() => {
        this.inflight.delete(key);
      });
    this.inflight.set(key, request);
    return request;
  }

  isLoading(siteId: string, day: string): boolean {
    return this.inflight.has(this.key(siteId, day));
  }

  invalidate(siteId: string, day: string): void {
    this.settled.delete(this.key(siteId, day));
  }
}

export async function bestDiveWindow(cache: TideWindowCache, siteIds: string[], day: string) {
  const windows = (await Promise.all(siteIds.map((id) => cache.get(id, day)))).flat();
  const diveable = windows.filter((w) => w.visibilityM >= 4 && w.heightM < 1.5);
  diveable.sort((a, b) => b.visibilityM - a.visibilityM || a.heightM - b.heightM);
  return diveable[0] ?? null;
}
