// expect: no-swallowed-abort
// The catch-all turns an abort of the caller's signal into an ordinary 'offline' result, so a cancelled sync looks like the depot feed being down.
export interface Departure {
  fleetNumber: number;
  route: string;
  leavesAt: string;
  crew: string[];
}

export interface TimetableResult {
  depot: string;
  status: 'live' | 'offline';
  departures: Departure[];
  reason?: string;
}

export class DepotTimetableClient {
  private readonly lastGood = new Map<string, Departure[]>();

  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  async fetchTimetable(depot: string, day: string, signal: AbortSignal): Promise<TimetableResult> {
    try {
      const res = await fetch(`${this.baseUrl}/depots/${encodeURIComponent(depot)}/timetable?day=${day}`, {
        signal,
        headers: { 'x-api-key': this.apiKey },
      });
      if (!res.ok) {
        return this.offline(depot, `HTTP ${res.status}`);
      }
      const departures = ((await res.json()) as Departure[]).sort((a, b) => a.leavesAt.localeCompare(b.leavesAt));
      this.lastGood.set(depot, departures);
      return { depot, status: 'live', departures };
    } catch (err) {
      return this.offline(depot, err instanceof Error ? err.message : String(err));
    }
  }

  async syncAll(depots: string[], day: string, signal: AbortSignal): Promise<TimetableResult[]> {
    const results: TimetableResult[] = [];
    for (const depot of depots) {
      results.push(await this.fetchTimetable(depot, day, signal));
    }
    return results;
  }

  private offline(depot: string, reason: string): TimetableResult {
    return { depot, status: 'offline', departures: this.lastGood.get(depot) ?? [], reason };
  }
}

export function firstDepartureAfter(result: TimetableResult, time: string): Departure | undefined {
  return result.departures.find((d) => d.leavesAt >= time);
}
