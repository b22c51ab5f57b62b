// expect: no-promise-as-value
// The release list filters with an async predicate; filter only checks truthiness and a Promise is always truthy, so every patient gets scheduled for release.
interface Patient {
  id: string;
  nickname: string;
  admittedAt: string;
  weightG: number;
  site: string;
  sex: 'boar' | 'sow' | 'unknown';
}

interface ReleaseSlot {
  patientId: string;
  site: string;
  date: string;
  volunteer: string;
}

declare const ward: {
  patients(): Promise<Patient[]>;
  latestFaecalTest(id: string): Promise<{ clear: boolean; at: string } | null>;
};

declare const rota: {
  volunteersFor(date: string): Promise<string[]>;
  book(slots: ReleaseSlot[]): Promise<void>;
};

const MIN_RELEASE_WEIGHT_G = 600;
const MIN_STAY_DAYS = 10;

function daysSince(iso: string, now: Date): number {
  return Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000);
}

export class ReleasePlanner {
  constructor(private readonly now = new Date()) {}

  async isReleaseReady(p: Patient): Promise<boolean> {
    if (p.weightG < MIN_RELEASE_WEIGHT_G) return false;
    if (daysSince(p.admittedAt, this.now) < MIN_STAY_DAYS) return false;
    const test = await ward.latestFaecalTest(p.id);
    return test !== null && test.clear && daysSince(test.at, this.now) <= 7;
  }

  private releaseNight(offsetDays: number): string {
    const d = new Date(this.now.getTime() + offsetDays * 86_400_000);
    return d.toISOString().slice(0, 10);
  }

  async planWeek(): Promise<ReleaseSlot[]> {
    const patients = await ward.patients();
    const ready = patients.filter((p) => this.isReleaseReady(p));

    const bySite = new Map<string, Patient[]>();
    for (const p of ready) {
      const list = bySite.get(p.site) ?? [];
      list.push(p);
      bySite.set(p.site, list);
    }

    const slots: ReleaseSlot[] = [];
    let day = 1;
    for (const [site, group] of bySite) {
      const date = this.releaseNight(day);
      const volunteers = await rota.volunteersFor(date);
      if (volunteers.length === 0) continue;
      group.forEach((p, i) => {
        slots.push({ patientId: p.id, site, date, volunteer: volunteers[i % volunteers.length] });
      });
      day = (day % 7) + 1;
    }
    await rota.book(slots);
    return slots;
  }
}
