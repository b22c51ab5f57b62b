// expect: no-read-before-settle
// The constructor computes `headline` from this.entries right after starting the load, before the .then callback has filled the entries in.
export interface WatchEntry {
  station: string;
  keeper: string;
  watchStart: number;
  lampHours: number;
  lensRotationOk: boolean;
  mantleChanged: boolean;
  fogSignalMinutes: number;
}

export interface Headline {
  lastKeeper: string;
  lampHoursSinceMantle: number;
  rotationFaults: number;
}

declare const logStore: {
  recent(station: string, limit: number): Promise<WatchEntry[]>;
};

const MANTLE_SERVICE_HOURS = 720;

export class LampRoomDashboard {
  private entries: WatchEntry[] = [];
  private loadError: unknown = null;
  readonly ready: Promise<void>;
  readonly headline: Headline;

  constructor(private readonly station: string) {
    this.ready = logStore.recent(station, 200).then(
      (entries) => {
        this.entries = [...entries].sort((a, b) => a.watchStart - b.watchStart);
      },
      (err: unknown) => {
        this.loadError = err;
      },
    );
    this.headline = this.summarise();
  }

  private summarise(): Headline {
    const last = this.entries.at(-1);
    let sinceMantle = 0;
    for (let i = this.entries.length - 1; i >= 0; i--) {
      if (this.entries[i].mantleChanged) break;
      sinceMantle += this.entries[i].lampHours;
    }
    return {
      lastKeeper: last?.keeper ?? 'no watches logged',
      lampHoursSinceMantle: sinceMantle,
      rotationFaults: this.entries.filter((e) => !e.lensRotationOk).length,
    };
  }

  mantleDue(): boolean {
    return this.headline.lampHoursSinceMantle >= MANTLE_SERVICE_HOURS;
  }

  banner(): string {
    if (this.loadError) return `${this.station}: log unavailable`;
    const h = this.headline;
    const parts = [`${this.station}: last watch ${h.lastKeeper}`, `${h.lampHoursSinceMantle}h on mantle`];
    if (h.rotationFaults > 0) parts.push(`${h.rotationFaults} rotation faults`);
    if (this.mantleDue()) parts.push('MANTLE DUE');
    return parts.join(' | ');
  }

  async fogSignalHours(sinceMs: number): Promise<number> {
    await this.ready;
    return this.entries.filter((e) => e.watchStart >= sinceMs).reduce((sum, e) => sum + e.fogSignalMinutes, 0) / 60;
  }
}
