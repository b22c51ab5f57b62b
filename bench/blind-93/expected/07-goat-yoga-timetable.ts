// expect: none
// `this.fetchWeek.bind(this)` goes to a cache loader parameter typed as a function, and the generator yields the result of calling fetchDay(), not the method.
export interface Session {
  id: string;
  day: string;
  time: string;
  style: 'hatha' | 'vinyasa' | 'yin';
  goats: string[];
  spaces: number;
}

type Loader<T> = (key: string) => Promise<T>;

export class TtlCache<T> {
  private readonly entries = new Map<string, { value: Promise<T>; expires: number }>();
  constructor(private readonly ttlMs: number) {}

  getOrLoad(key: string, loader: Loader<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = loader(key);
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
    value.catch(() => this.entries.delete(key));
    return value;
  }
}

export class TimetableService {
  private readonly weeks = new TtlCache<Session[]>(5 * 60_000);

  constructor(private readonly baseUrl: string) {}

  private async fetchWeek(isoWeek: string): Promise<Session[]> {
    const res = await fetch(`${this.baseUrl}/timetable/${isoWeek}`);
    if (!res.ok) throw new Error(`timetable ${isoWeek}: HTTP ${res.status}`);
    return (await res.json()) as Session[];
  }

  private async fetchDay(day: string): Promise<Session[]> {
    const res = await fetch(`${this.baseUrl}/timetable/day/${day}`);
    if (!res.ok) throw new Error(`timetable ${day}: HTTP ${res.status}`);
    return (await res.json()) as Session[];
  }

  week(isoWeek: string): Promise<Session[]> {
    return this.weeks.getOrLoad(isoWeek, this.fetchWeek.bind(this));
  }

  async *days(from: Date, count: number): AsyncGenerator<Session[]> {
    for (let i = 0; i < count; i++) {
      const d = new Date(from.getTime() + i * 86_400_000);
      yield this.fetchDay(d.toISOString().slice(0, 10));
    }
  }

  async goatsOnDuty(isoWeek: string): Promise<Map<string, number>> {
    const sessions = await this.week(isoWeek);
    const counts = new Map<string, number>();
    for (const s of sessions) for (const g of s.goats) counts.set(g, (counts.get(g) ?? 0) + 1);
    return counts;
  }

  async firstFreeYin(from: Date): Promise<Session | undefined> {
    for await (const sessions of this.days(from, 7)) {
      const yin = sessions.find((s) => s.style === 'yin' && s.spaces > 0);
      if (yin) return yin;
    }
    return undefined;
  }
}
