// expect: no-uncalled-async-function
// prepare() passes this.refreshTideTable (the method itself) to Promise.all instead of calling it, so the tide table is never refreshed and dive windows use stale tides.
export interface TideEntry {
  at: Date;
  heightM: number;
  kind: "high" | "low";
}

export interface Diver {
  id: string;
  name: string;
  maxDepthM: number;
  certifiedUntil: Date;
}

export interface DiveWindow {
  start: Date;
  end: Date;
  divers: string[];
  bed: string;
}

declare const harbourMaster: {
  tideTable(port: string, days: number): Promise<TideEntry[]>;
};

declare const crewRegistry: {
  activeDivers(day: string): Promise<Diver[]>;
};

const SLACK_WATER_MINUTES = 50;
const MAX_DIVERS_PER_WINDOW = 4;

export class DiveDayPlanner {
  private tides: TideEntry[] = [];
  private roster: Diver[] = [];

  constructor(private readonly port: string, private readonly oysterBeds: Array<{ name: string; depthM: number }>) {}

  private async refreshTideTable(): Promise<void> {
    this.tides = await harbourMaster.tideTable(this.port, 2);
  }

  private async refreshDiverRoster(day: string): Promise<void> {
    const divers = await crewRegistry.activeDivers(day);
    const dayStart = new Date(`${day}T00:00:00Z`);
    this.roster = divers.filter((d) => d.certifiedUntil >= dayStart);
  }

  async prepare(day: string): Promise<DiveWindow[]> {
    await Promise.all([this.refreshTideTable, this.refreshDiverRoster(day)]);

    const lows = this.tides.filter((t) => t.kind === "low" && t.at.toISOString().startsWith(day));
    const windows: DiveWindow[] = [];
    let bedIndex = 0;
    for (const low of lows) {
      const bed = this.oysterBeds[bedIndex % this.oysterBeds.length];
      bedIndex++;
      const eligible = this.roster
        .filter((d) => d.maxDepthM >= bed.depthM + low.heightM)
        .slice(0, MAX_DIVERS_PER_WINDOW);
      if (eligible.length < 2) continue; // buddy rule: never send a diver down alone
      windows.push({
        start: new Date(low.at.getTime() - (SLACK_WATER_MINUTES / 2) * 60_000),
        end: new Date(low.at.getTime() + (SLACK_WATER_MINUTES / 2) * 60_000),
        divers: eligible.map((d) => d.id),
        bed: bed.name,
      });
    }
    return windows;
  }
}

export function describeWindow(w: DiveWindow): string {
  const hhmm = (d: Date) => d.toISOString().slice(11, 16);
  return `${w.bed}: ${hhmm(w.start)}–${hhmm(w.end)} (${w.divers.length} divers)`;
}
