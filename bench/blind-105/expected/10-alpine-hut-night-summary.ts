// expect: no-uncalled-async-function
// loadBeds goes into Promise.all uncalled, so `beds` is the arrow function itself, beds.length is its arity 0, and every night is reported as fully booked without the bed query ever running.
export interface Hut {
  id: string;
  name: string;
  section: string;
  altitudeM: number;
}

export interface Bed {
  id: string;
  room: string;
  closedForMaintenance: boolean;
}

export interface HutRepository {
  hut(hutId: string): Promise<Hut>;
  freeBeds(hutId: string, night: string): Promise<Bed[]>;
}

export interface NightSummary {
  hut: string;
  section: string;
  night: string;
  free: number;
  full: boolean;
}

export class HutCalendar {
  private readonly summaries = new Map<string, NightSummary>();

  constructor(private readonly repo: HutRepository) {}

  async nightSummary(hutId: string, night: string): Promise<NightSummary> {
    const loadBeds = () =>
      this.repo.freeBeds(hutId, night).then((beds) => beds.filter((b) => !b.closedForMaintenance));

    const [hut, beds] = await Promise.all([this.repo.hut(hutId), loadBeds]);
    const summary: NightSummary = {
      hut: hut.name,
      section: hut.section,
      night,
      free: beds.length,
      full: beds.length === 0,
    };
    this.summaries.set(`${hutId}:${night}`, summary);
    return summary;
  }

  async week(hutId: string, firstNight: string): Promise<NightSummary[]> {
    const start = new Date(`${firstNight}T00:00:00Z`).getTime();
    const nights = Array.from({ length: 7 }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
    return Promise.all(nights.map((night) => this.nightSummary(hutId, night)));
  }

  fullNights(): string[] {
    return [...this.summaries.values()].filter((s) => s.full).map((s) => `${s.hut} ${s.night}`);
  }
}
