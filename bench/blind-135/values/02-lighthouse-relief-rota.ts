// expect: no-promise-as-value
// isOnLeave is async, so the filter's `!this.isOnLeave(...)` negates a Promise, which is always truthy, and every candidate keeper is filtered out.
export interface Keeper {
  id: string;
  name: string;
  qualifiedStations: string[];
  lastReliefEnded: string | null;
}

export interface LeaveRecord {
  keeperId: string;
  from: string;
  to: string;
}

export interface RotaStore {
  keepers(): Promise<Keeper[]>;
  leaveFor(keeperId: string): Promise<LeaveRecord[]>;
  saveAssignment(station: string, keeperId: string, from: string, to: string): Promise<void>;
}

export interface ReliefAssignment {
  station: string;
  keeper: Keeper;
  from: string;
  to: string;
}

function overlaps(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}

export class ReliefRota {
  constructor(private store: RotaStore, private minRestDays = 28) {}

  async isOnLeave(keeperId: string, from: string, to: string): Promise<boolean> {
    const leave = await this.store.leaveFor(keeperId);
    return leave.some((l) => overlaps(l, { from, to }));
  }

  private rested(k: Keeper, from: string): boolean {
    if (!k.lastReliefEnded) return true;
    const gap = (new Date(from).getTime() - new Date(k.lastReliefEnded).getTime()) / 86_400_000;
    return gap >= this.minRestDays;
  }

  async assignRelief(station: string, from: string, to: string): Promise<ReliefAssignment> {
    const keepers = await this.store.keepers();
    const candidates = keepers
      .filter((k) => k.qualifiedStations.includes(station) && this.rested(k, from))
      .sort((a, b) => (a.lastReliefEnded ?? '').localeCompare(b.lastReliefEnded ?? ''));

    const available = candidates.filter((k) => !this.isOnLeave(k.id, from, to));
    const keeper = available[0];
    if (!keeper) {
      throw new Error(`no qualified keeper available for ${station} ${from}..${to}`);
    }
    await this.store.saveAssignment(station, keeper.id, from, to);
    return { station, keeper, from, to };
  }

  async planSeason(stations: string[], from: string, to: string): Promise<ReliefAssignment[]> {
    const out: ReliefAssignment[] = [];
    for (const station of stations) {
      out.push(await this.assignRelief(station, from, to));
    }
    return out;
  }
}
