// expect: no-uncalled-async-function
// nextDeparture awaits this.refreshTimetable without calling it when the cache is stale, so the await resolves to the function itself and stale departures are served.
import { readFile } from 'node:fs/promises';

export interface Departure {
  route: string;
  from: string;
  to: string;
  departsAt: string;
  cancelled: boolean;
}

export interface TimetableSource {
  url: string;
  fallbackFile: string;
  maxAgeMs: number;
}

export class FjordTimetable {
  private departures: Departure[] = [];
  private fetchedAt = 0;

  constructor(private readonly source: TimetableSource, private readonly now: () => number = Date.now) {}

  private get stale(): boolean {
    return this.now() - this.fetchedAt > this.source.maxAgeMs;
  }

  private async refreshTimetable(): Promise<void> {
    let parsed: Departure[];
    try {
      const res = await fetch(this.source.url, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`timetable feed: HTTP ${res.status}`);
      parsed = (await res.json()) as Departure[];
    } catch {
      parsed = JSON.parse(await readFile(this.source.fallbackFile, 'utf8')) as Departure[];
    }
    this.departures = parsed.sort((a, b) => Date.parse(a.departsAt) - Date.parse(b.departsAt));
    this.fetchedAt = this.now();
  }

  async nextDeparture(from: string, to: string): Promise<Departure | undefined> {
    if (this.stale) {
      await this.refreshTimetable;
    }
    const nowMs = this.now();
    return this.departures.find(
      (d) => d.from === from && d.to === to && !d.cancelled && Date.parse(d.departsAt) > nowMs,
    );
  }

  async departuresFrom(harbour: string, limit = 5): Promise<Departure[]> {
    if (this.stale) {
      await this.refreshTimetable();
    }
    const nowMs = this.now();
    return this.departures
      .filter((d) => d.from === harbour && Date.parse(d.departsAt) > nowMs)
      .slice(0, limit);
  }

  cancellations(): Departure[] {
    return this.departures.filter((d) => d.cancelled);
  }
}
