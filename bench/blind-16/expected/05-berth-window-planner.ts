// expect: no-uncalled-async-function
// `this.refreshTideTable` is put into Promise.all without being called, so the tide table is never reloaded before planning.
interface TideEntry {
  at: number;
  heightM: number;
}

interface Vessel {
  imo: string;
  name: string;
  draughtM: number;
  lengthM: number;
  eta: number;
}

interface Berth {
  id: string;
  depthM: number;
  lengthM: number;
}

export interface BerthSlot {
  vessel: Vessel;
  berth: Berth;
  from: number;
  until: number;
}

declare const harbourMaster: {
  tideTable(portCode: string, day: string): Promise<TideEntry[]>;
  pilotsOnDuty(portCode: string): Promise<string[]>;
  berths(portCode: string): Promise<Berth[]>;
};

const UNDER_KEEL_CLEARANCE_M = 0.9;

export class BerthWindowPlanner {
  private tides: TideEntry[] = [];
  private pilots: string[] = [];

  constructor(private readonly portCode: string) {}

  private async refreshTideTable(): Promise<void> {
    const day = new Date().toISOString().slice(0, 10);
    this.tides = await harbourMaster.tideTable(this.portCode, day);
  }

  private async refreshPilotRoster(): Promise<void> {
    this.pilots = await harbourMaster.pilotsOnDuty(this.portCode);
  }

  async plan(arrivals: Vessel[]): Promise<BerthSlot[]> {
    const [berths] = await Promise.all([harbourMaster.berths(this.portCode), this.refreshTideTable, this.refreshPilotRoster()]);

    if (this.pilots.length === 0) {
      throw new Error(`no pilots on duty at ${this.portCode}`);
    }

    const slots: BerthSlot[] = [];
    const busyUntil = new Map<string, number>();
    const queue = [...arrivals].sort((a, b) => a.eta - b.eta);

    for (const vessel of queue) {
      const berth = berths.find((b) => b.lengthM >= vessel.lengthM && (busyUntil.get(b.id) ?? 0) <= vessel.eta);
      if (!berth) continue;
      const from = this.nextSafeEntry(vessel, berth, vessel.eta);
      if (from === undefined) continue;
      const until = from + 6 * 3_600_000;
      busyUntil.set(berth.id, until);
      slots.push({ vessel, berth, from, until });
    }
    return slots;
  }

  // First tide entry after `notBefore` with enough water over the berth's charted depth.
  private nextSafeEntry(vessel: Vessel, berth: Berth, notBefore: number): number | undefined {
    const needed = vessel.draughtM + UNDER_KEEL_CLEARANCE_M;
    const entry = this.tides.find((t) => t.at >= notBefore && berth.depthM + t.heightM >= needed);
    return entry?.at;
  }
}
