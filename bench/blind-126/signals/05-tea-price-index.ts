// expect: none
// The fallback to cached prices applies only to ordinary failures; an abort is detected first and rethrown unchanged, so cancellation still reaches the caller.
export interface GradeIndex {
  grade: string;
  centre: string;
  averagePerKg: number;
  lotsSold: number;
  weekNo: number;
}

interface GradeIndexWire {
  grade: string;
  centre: string;
  avg_per_kg: number;
  lots_sold: number;
  week_no: number;
}

interface CachedIndex {
  rows: GradeIndex[];
  fetchedAt: number;
}

export interface Log {
  warn(msg: string): void;
}

function isAbort(err: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (err instanceof Error && err.name === 'AbortError');
}

export class AuctionPriceIndex {
  private readonly cache = new Map<string, CachedIndex>();

  constructor(
    private readonly apiBase: string,
    private readonly log: Log,
    private readonly maxAgeMs = 30 * 60_000,
  ) {}

  async weeklyIndex(centre: string, signal?: AbortSignal): Promise<GradeIndex[]> {
    const cached = this.cache.get(centre);
    if (cached && Date.now() - cached.fetchedAt < this.maxAgeMs) return cached.rows;

    try {
      const res = await fetch(`${this.apiBase}/centres/${encodeURIComponent(centre)}/index/latest`, {
        headers: { accept: 'application/json' },
        signal,
      });
      if (!res.ok) throw new Error(`price index answered ${res.status}`);
      const wire = (await res.json()) as GradeIndexWire[];
      const rows = wire.map((w) => ({
        grade: w.grade,
        centre: w.centre,
        averagePerKg: w.avg_per_kg,
        lotsSold: w.lots_sold,
        weekNo: w.week_no,
      }));
      this.cache.set(centre, { rows, fetchedAt: Date.now() });
      return rows;
    } catch (err) {
      if (isAbort(err, signal)) throw err;
      if (cached) {
        this.log.warn(`using cached ${centre} index from week ${cached.rows[0]?.weekNo ?? '?'}: ${(err as Error).message}`);
        return cached.rows;
      }
      throw err;
    }
  }

  async reserveSuggestion(centre: string, grade: string, signal?: AbortSignal): Promise<number | null> {
    const rows = await this.weeklyIndex(centre, signal);
    const row = rows.find((r) => r.grade === grade);
    if (!row || row.lotsSold < 5) return null;
    return Math.round(row.averagePerKg * 0.92 * 100) / 100;
  }
}
