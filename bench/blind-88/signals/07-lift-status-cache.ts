// expect: no-swallowed-abort
// When the caller's signal aborts the refresh, the catch block turns the AbortError into the cached (or default) status as if the refresh had succeeded, so the caller cannot tell it was cancelled.
export type LiftState = 'open' | 'hold' | 'wind-hold' | 'closed' | 'avalanche-control';

export interface LiftStatus {
  lift: string;
  state: LiftState;
  updatedAt: string;
  note?: string;
}

interface CacheEntry {
  value: LiftStatus[];
  fetchedAt: number;
}

export class LiftStatusCache {
  private entry: CacheEntry | undefined;

  constructor(
    private readonly endpoint: string,
    private readonly maxAgeMs = 60_000,
    private readonly defaults: LiftStatus[] = [],
  ) {}

  async get(signal?: AbortSignal): Promise<LiftStatus[]> {
    if (this.entry && Date.now() - this.entry.fetchedAt < this.maxAgeMs) {
      return this.entry.value;
    }
    return this.refresh(signal);
  }

  async refresh(signal?: AbortSignal): Promise<LiftStatus[]> {
    try {
      const res = await fetch(this.endpoint, {
        signal,
        headers: { accept: 'application/json', 'cache-control': 'no-cache' },
      });
      if (!res.ok) throw new Error(`lift status endpoint returned ${res.status}`);
      const value = (await res.json()) as LiftStatus[];
      this.entry = { value, fetchedAt: Date.now() };
      return value;
    } catch (err) {
      if ((err as Error).name === 'AbortError') {
        return this.entry?.value ?? this.defaults;
      }
      if (this.entry) {
        return this.entry.value.map((s) => ({ ...s, note: 'stale: status feed unavailable' }));
      }
      throw err;
    }
  }
}

const cache = new LiftStatusCache('https://ops.example-resort.com/lifts/status.json');

export async function patrolBoardHandler(req: Request): Promise<Response> {
  const statuses = await cache.get(req.signal);
  const held = statuses.filter((s) => s.state !== 'open' && s.state !== 'closed');
  return Response.json({
    open: statuses.filter((s) => s.state === 'open').map((s) => s.lift),
    held: held.map((s) => ({ lift: s.lift, reason: s.state, note: s.note ?? null })),
    avalancheControl: statuses.some((s) => s.state === 'avalanche-control'),
  });
}

export async function sweepReady(lifts: string[], signal: AbortSignal): Promise<boolean> {
  const statuses = await cache.refresh(signal);
  return lifts.every((lift) => statuses.find((s) => s.lift === lift)?.state === 'closed');
}
