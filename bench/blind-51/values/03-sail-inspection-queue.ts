// expect: no-promise-as-value
// dueForInspection filters with an async predicate; the returned Promise is always truthy, so every sail in the loft is queued for inspection.
export interface SailRecord {
  sailId: string;
  owner: string;
  material: 'dacron' | 'laminate' | 'nylon';
  lastInspectedIso: string;
  racing: boolean;
}

export interface InspectionSlot {
  sailId: string;
  bench: number;
  startIso: string;
}

declare const wearModel: {
  estimatedUvHours(sailId: string): Promise<number>;
};
declare const loftCalendar: {
  freeBenches(dayIso: string): Promise<number[]>;
};
declare const loftLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

const UV_LIMIT_HOURS: Record<SailRecord['material'], number> = {
  dacron: 2_500,
  laminate: 1_200,
  nylon: 900,
};
const MAX_DAYS_BETWEEN_INSPECTIONS = 365;

function daysSince(iso: string, now: Date): number {
  return (now.getTime() - new Date(iso).getTime()) / 86_400_000;
}

export class InspectionPlanner {
  constructor(private readonly now: () => Date = () => new Date()) {}

  async needsInspection(sail: SailRecord): Promise<boolean> {
    if (daysSince(sail.lastInspectedIso, this.now()) > MAX_DAYS_BETWEEN_INSPECTIONS) return true;
    const uvHours = await wearModel.estimatedUvHours(sail.sailId);
    const limit = UV_LIMIT_HOURS[sail.material] * (sail.racing ? 0.6 : 1);
    return uvHours >= limit;
  }

  dueForInspection(sails: SailRecord[]): SailRecord[] {
    return sails
      .filter((sail) => this.needsInspection(sail))
      .sort((a, b) => Number(b.racing) - Number(a.racing) || a.lastInspectedIso.localeCompare(b.lastInspectedIso));
  }

  async schedule(sails: SailRecord[], dayIso: string): Promise<InspectionSlot[]> {
    const due = this.dueForInspection(sails);
    const benches = await loftCalendar.freeBenches(dayIso);
    if (benches.length === 0) return [];

    const slots: InspectionSlot[] = [];
    const hoursPerInspection = 2;
    due.forEach((sail, index) => {
      const bench = benches[index % benches.length]!;
      const round = Math.floor(index / benches.length);
      const hour = 8 + round * hoursPerInspection;
      if (hour >= 17) return;
      slots.push({ sailId: sail.sailId, bench, startIso: `${dayIso}T${String(hour).padStart(2, '0')}:00:00` });
    });
    loftLog.info('inspections scheduled', { dayIso, due: due.length, scheduled: slots.length });
    return slots;
  }
}

export function byOwner(slots: InspectionSlot[], sails: SailRecord[]): Map<string, InspectionSlot[]> {
  const owners = new Map(sails.map((s) => [s.sailId, s.owner]));
  const grouped = new Map<string, InspectionSlot[]>();
  for (const slot of slots) {
    const owner = owners.get(slot.sailId) ?? 'unknown';
    grouped.set(owner, [...(grouped.get(owner) ?? []), slot]);
  }
  return grouped;
}
