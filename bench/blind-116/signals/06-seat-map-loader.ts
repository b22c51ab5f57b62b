// expect: no-leaked-race
// The timeout promise raced against the seat-map fetch is never cleared and the fetch is never aborted, so whichever side loses keeps running (a live timer per request, or a download nobody reads).
export interface SeatState {
  id: string;
  row: string;
  number: number;
  priceBand: 'A' | 'B' | 'C' | 'restricted';
  status: 'free' | 'held' | 'sold';
}

export interface SeatMapResponse {
  performanceId: string;
  venue: string;
  seats: SeatState[];
  generatedAt: string;
}

export class SeatMapTimeout extends Error {
  constructor(performanceId: string) {
    super(`seat map for ${performanceId} not available in time`);
    this.name = 'SeatMapTimeout';
  }
}

function timeout(ms: number, performanceId: string): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new SeatMapTimeout(performanceId)), ms);
  });
}

export class SeatMapLoader {
  private readonly cache = new Map<string, { map: SeatMapResponse; fetchedAt: number }>();

  constructor(private readonly apiBase: string, private readonly timeoutMs = 3_000, private readonly ttlMs = 10_000) {}

  async load(performanceId: string): Promise<SeatMapResponse> {
    const cached = this.cache.get(performanceId);
    if (cached && Date.now() - cached.fetchedAt < this.ttlMs) return cached.map;

    const request = fetch(`${this.apiBase}/performances/${performanceId}/seats`).then(async (res) => {
      if (!res.ok) throw new Error(`seat map ${res.status}`);
      return (await res.json()) as SeatMapResponse;
    });

    const map = await Promise.race([request, timeout(this.timeoutMs, performanceId)]);
    this.cache.set(performanceId, { map, fetchedAt: Date.now() });
    return map;
  }

  async freeSeats(performanceId: string, band?: SeatState['priceBand']): Promise<SeatState[]> {
    const map = await this.load(performanceId);
    return map.seats.filter((s) => s.status === 'free' && (!band || s.priceBand === band));
  }

  invalidate(performanceId: string): void {
    this.cache.delete(performanceId);
  }
}

export function bestPair(seats: SeatState[]): [SeatState, SeatState] | undefined {
  const sorted = [...seats].sort((a, b) => a.row.localeCompare(b.row) || a.number - b.number);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].row === sorted[i - 1].row && sorted[i].number === sorted[i - 1].number + 1) {
      return [sorted[i - 1], sorted[i]];
    }
  }
  return undefined;
}
