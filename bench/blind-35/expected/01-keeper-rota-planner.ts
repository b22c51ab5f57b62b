// expect: no-uncalled-async-function
// Promise.all is given this.warmHolidayCache (the method) instead of its call, so the holiday cache is never loaded and keepers on leave get rostered.
export interface Keeper {
  id: string;
  name: string;
  certifiedLamps: string[];
  maxNightsPerWeek: number;
}

export interface Watch {
  date: string;
  slot: 'dusk' | 'middle' | 'dawn';
  keeperId: string | null;
}

export interface RotaWeek {
  stationId: string;
  weekStart: string;
  watches: Watch[];
  gaps: number;
}

declare const staffDirectory: {
  keepers(stationId: string): Promise<Keeper[]>;
  holidays(stationId: string): Promise<Array<{ keeperId: string; from: string; to: string }>>;
};

const SLOTS: Watch['slot'][] = ['dusk', 'middle', 'dawn'];

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export class RotaPlanner {
  private readonly onLeave = new Map<string, Set<string>>();

  constructor(
    private readonly stationId: string,
    private readonly lampType: string,
  ) {}

  private async warmHolidayCache(): Promise<void> {
    const entries = await staffDirectory.holidays(this.stationId);
    this.onLeave.clear();
    for (const entry of entries) {
      const days = this.onLeave.get(entry.keeperId) ?? new Set<string>();
      for (let d = new Date(entry.from); isoDate(d) <= entry.to; d.setUTCDate(d.getUTCDate() + 1)) {
        days.add(isoDate(d));
      }
      this.onLeave.set(entry.keeperId, days);
    }
  }

  private async loadEligibleKeepers(): Promise<Keeper[]> {
    const keepers = await staffDirectory.keepers(this.stationId);
    return keepers.filter((k) => k.certifiedLamps.includes(this.lampType));
  }

  private isAvailable(keeper: Keeper, date: string): boolean {
    return !this.onLeave.get(keeper.id)?.has(date);
  }

  async planWeek(weekStart: Date): Promise<RotaWeek> {
    const [, keepers] = await Promise.all([this.warmHolidayCache, this.loadEligibleKeepers()]);
    const nightsWorked = new Map<string, number>(keepers.map((k) => [k.id, 0]));
    const watches: Watch[] = [];
    let lastKeeper: string | null = null;

    for (let day = 0; day < 7; day++) {
      const date = new Date(weekStart);
      date.setUTCDate(date.getUTCDate() + day);
      const iso = isoDate(date);
      for (const slot of SLOTS) {
        // Least-worked available keeper, never the same person on consecutive watches.
        const candidate = keepers
          .filter((k) => this.isAvailable(k, iso))
          .filter((k) => k.id !== lastKeeper)
          .filter((k) => (nightsWorked.get(k.id) ?? 0) < k.maxNightsPerWeek)
          .sort((a, b) => (nightsWorked.get(a.id) ?? 0) - (nightsWorked.get(b.id) ?? 0))[0];
        if (candidate) {
          nightsWorked.set(candidate.id, (nightsWorked.get(candidate.id) ?? 0) + 1);
          lastKeeper = candidate.id;
        } else {
          lastKeeper = null;
        }
        watches.push({ date: iso, slot, keeperId: candidate?.id ?? null });
      }
    }

    return {
      stationId: this.stationId,
      weekStart: isoDate(weekStart),
      watches,
      gaps: watches.filter((w) => w.keeperId === null).length,
    };
  }
}
