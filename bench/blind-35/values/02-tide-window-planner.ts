// expect: none
// Every async value is awaited before it is interpolated, compared or defaulted with ??; the only promise truthiness test is a Map lookup for an in-flight load.
export interface TidePoint {
  at: string;
  heightM: number;
}

export interface Vessel {
  imo: string;
  name: string;
  draughtM: number;
  lengthM: number;
}

export interface PilotWindow {
  vessel: string;
  opensAt: string;
  closesAt: string;
  pilotsNeeded: number;
  note: string;
}

declare const tideService: {
  predictions(port: string, date: string): Promise<TidePoint[]>;
};

declare const vesselRegistry: {
  lookup(imo: string): Promise<Vessel | null>;
  underKeelClearanceM(imo: string): Promise<number | null>;
};

const CHART_DATUM_DEPTH_M = 9.2;
const DEFAULT_UKC_M = 1.0;

export class TideWindowPlanner {
  private readonly tides = new Map<string, Promise<TidePoint[]>>();

  constructor(private readonly port: string) {}

  private tidesFor(date: string): Promise<TidePoint[]> {
    const pending = this.tides.get(date);
    if (pending) return pending;
    const load = tideService.predictions(this.port, date);
    this.tides.set(date, load);
    load.catch(() => this.tides.delete(date));
    return load;
  }

  async windowFor(imo: string, date: string): Promise<PilotWindow | null> {
    const [vessel, ukc, tides] = await Promise.all([
      vesselRegistry.lookup(imo),
      vesselRegistry.underKeelClearanceM(imo),
      this.tidesFor(date),
    ]);
    if (vessel === null) return null;

    const requiredUkc = ukc ?? DEFAULT_UKC_M;
    const neededHeight = vessel.draughtM + requiredUkc - CHART_DATUM_DEPTH_M;
    const ok = tides.filter((t) => t.heightM >= neededHeight);
    if (ok.length === 0) return null;

    const pilotsNeeded = vessel.lengthM > 250 ? 2 : 1;
    const tight = ok.length < 4;
    return {
      vessel: vessel.name,
      opensAt: ok[0].at,
      closesAt: ok[ok.length - 1].at,
      pilotsNeeded,
      note: tight
        ? `Tight window for ${vessel.name}: ${ok.length} tide slots above ${neededHeight.toFixed(2)} m`
        : `${vessel.name} clear with ${requiredUkc.toFixed(1)} m under-keel clearance`,
    };
  }

  async briefing(imos: string[], date: string): Promise<string> {
    const lines: string[] = [];
    for (const imo of imos) {
      const window = await this.windowFor(imo, date);
      lines.push(window === null ? `${imo}: no tidal window on ${date}` : `${window.opensAt}–${window.closesAt} ${window.note}`);
    }
    return `Pilot briefing for ${this.port} on ${date}\n${lines.join('\n')}\nHigh water: ${await this.highWater(date)}`;
  }

  private async highWater(date: string): Promise<string> {
    const tides = await this.tidesFor(date);
    const top = tides.reduce<TidePoint | null>((best, t) => (best === null || t.heightM > best.heightM ? t : best), null);
    return top ? `${top.at} (${top.heightM.toFixed(2)} m)` : 'unknown';
  }
}
