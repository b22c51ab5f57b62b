// expect: no-uncalled-async-function
// prepareShift puts this.refreshBayOccupancy itself into Promise.all instead of calling it, so bay occupancy is never refreshed.
export interface Tram {
  fleetNo: string;
  bay: string | null;
  mileageKm: number;
  nextInspectionKm: number;
  defects: string[];
}

export interface ShiftPlan {
  depot: string;
  rosteredDrivers: number;
  serviceable: string[];
  heldForInspection: string[];
  unassignedBays: string[];
}

declare const depotApi: {
  fetchRoster(depot: string, date: string): Promise<Array<{ driverId: string; duty: string }>>;
  fetchBays(depot: string): Promise<Array<{ bay: string; fleetNo: string | null }>>;
  fetchFleet(depot: string): Promise<Tram[]>;
  fetchOpenDefects(depot: string): Promise<Array<{ fleetNo: string; code: string }>>;
};

export class DepotShiftPlanner {
  private roster: Array<{ driverId: string; duty: string }> = [];
  private bays = new Map<string, string | null>();
  private fleet = new Map<string, Tram>();

  constructor(private readonly depot: string) {}

  private async syncRoster(date: string): Promise<void> {
    this.roster = await depotApi.fetchRoster(this.depot, date);
  }

  private async refreshBayOccupancy(): Promise<void> {
    const bays = await depotApi.fetchBays(this.depot);
    this.bays = new Map(bays.map((b) => [b.bay, b.fleetNo]));
  }

  private async pullFleetAndDefects(): Promise<void> {
    const [fleet, defects] = await Promise.all([
      depotApi.fetchFleet(this.depot),
      depotApi.fetchOpenDefects(this.depot),
    ]);
    this.fleet = new Map(fleet.map((t) => [t.fleetNo, { ...t, defects: [] }]));
    for (const d of defects) this.fleet.get(d.fleetNo)?.defects.push(d.code);
  }

  private isServiceable(tram: Tram): boolean {
    return tram.defects.length === 0 && tram.mileageKm < tram.nextInspectionKm;
  }

  async prepareShift(date: string): Promise<ShiftPlan> {
    await Promise.all([
      this.syncRoster(date),
      this.refreshBayOccupancy,
      this.pullFleetAndDefects(),
    ]);

    const serviceable: string[] = [];
    const held: string[] = [];
    for (const tram of this.fleet.values()) {
      (this.isServiceable(tram) ? serviceable : held).push(tram.fleetNo);
    }

    const occupied = new Set([...this.bays.values()].filter((v): v is string => v !== null));
    const unassignedBays = [...this.bays.entries()]
      .filter(([, fleetNo]) => fleetNo === null)
      .map(([bay]) => bay);

    return {
      depot: this.depot,
      rosteredDrivers: this.roster.length,
      serviceable: serviceable.filter((f) => occupied.has(f)).sort(),
      heldForInspection: held.sort(),
      unassignedBays,
    };
  }
}
