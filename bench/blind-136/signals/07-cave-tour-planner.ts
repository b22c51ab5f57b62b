// expect: require-signal-propagation
// planDay forwards options.signal to the conditions and slot lookups but calls listGuides without it, even though that call accepts a signal.
export interface IceConditions {
  caveId: string;
  ceilingStability: 'stable' | 'watch' | 'unstable';
  meltwaterCm: number;
}

export interface Guide {
  id: string;
  name: string;
  languages: string[];
  certifiedForIce: boolean;
}

export interface TourSlot {
  startsAt: string;
  capacity: number;
  booked: number;
}

export interface GlacierOpsClient {
  getConditions(caveId: string, opts?: { signal?: AbortSignal }): Promise<IceConditions>;
  listGuides(caveId: string, opts?: { signal?: AbortSignal; onDutyOn?: string }): Promise<Guide[]>;
  listSlots(caveId: string, date: string, opts?: { signal?: AbortSignal }): Promise<TourSlot[]>;
}

export interface DayPlan {
  caveId: string;
  date: string;
  open: boolean;
  assignments: { startsAt: string; guide: string; visitors: number }[];
  unstaffed: string[];
}

export interface PlanOptions {
  signal?: AbortSignal;
  language?: string;
}

export class CaveTourPlanner {
  constructor(private readonly ops: GlacierOpsClient) {}

  async planDay(caveId: string, date: string, options: PlanOptions = {}): Promise<DayPlan> {
    const { signal, language = 'en' } = options;

    const conditions = await this.ops.getConditions(caveId, { signal });
    if (conditions.ceilingStability === 'unstable' || conditions.meltwaterCm > 40) {
      return { caveId, date, open: false, assignments: [], unstaffed: [] };
    }

    const [guides, slots] = await Promise.all([
      this.ops.listGuides(caveId, { onDutyOn: date }),
      this.ops.listSlots(caveId, date, { signal }),
    ]);

    const eligible = guides.filter((g) => g.certifiedForIce && g.languages.includes(language));
    const assignments: DayPlan['assignments'] = [];
    const unstaffed: string[] = [];
    const busyUntil = new Map<string, number>();

    for (const slot of slots.filter((s) => s.booked > 0)) {
      const start = Date.parse(`${date}T${slot.startsAt}:00Z`);
      const guide = eligible.find((g) => (busyUntil.get(g.id) ?? 0) <= start);
      if (!guide) {
        unstaffed.push(slot.startsAt);
        continue;
      }
      // each tour is two hours plus thirty minutes to check the ropes
      busyUntil.set(guide.id, start + 150 * 60_000);
      assignments.push({ startsAt: slot.startsAt, guide: guide.name, visitors: slot.booked });
    }

    return { caveId, date, open: true, assignments, unstaffed };
  }
}
