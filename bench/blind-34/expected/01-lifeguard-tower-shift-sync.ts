// expect: no-uncalled-async-function
// Promise.all receives this.refreshRoster (the method itself) instead of this.refreshRoster(), so the roster is never refreshed or awaited.
export interface TowerStatus {
  towerId: string;
  flag: "green" | "yellow" | "red" | "purple";
  guardsOnDuty: number;
  beaconOnline: boolean;
}

export interface Guard {
  id: string;
  name: string;
  certifiedUntil: string;
  assignedTower?: string;
}

declare const rosterApi: {
  listGuards(beach: string): Promise<Guard[]>;
};

declare const beaconApi: {
  heartbeat(towerId: string): Promise<{ online: boolean; lastSeen: number }>;
};

declare const flagService: {
  currentFlag(towerId: string): Promise<TowerStatus["flag"]>;
};

export class TowerNetworkSync {
  private guards: Guard[] = [];
  private readonly beacons = new Map<string, boolean>();
  private readonly flags = new Map<string, TowerStatus["flag"]>();

  constructor(
    private readonly beach: string,
    private readonly towerIds: readonly string[],
  ) {}

  private async refreshRoster(): Promise<void> {
    const today = new Date().toISOString().slice(0, 10);
    const guards = await rosterApi.listGuards(this.beach);
    this.guards = guards.filter((g) => g.certifiedUntil >= today);
  }

  private async refreshBeacons(): Promise<void> {
    const beats = await Promise.all(this.towerIds.map((id) => beaconApi.heartbeat(id)));
    beats.forEach((beat, i) => this.beacons.set(this.towerIds[i], beat.online));
  }

  private async refreshFlags(): Promise<void> {
    for (const id of this.towerIds) {
      this.flags.set(id, await flagService.currentFlag(id));
    }
  }

  async sync(): Promise<TowerStatus[]> {
    await Promise.all([this.refreshRoster, this.refreshBeacons(), this.refreshFlags()]);
    return this.towerIds.map((towerId) => ({
      towerId,
      flag: this.flags.get(towerId) ?? "yellow",
      guardsOnDuty: this.guards.filter((g) => g.assignedTower === towerId).length,
      beaconOnline: this.beacons.get(towerId) ?? false,
    }));
  }

  understaffed(statuses: TowerStatus[], minimum = 2): string[] {
    return statuses
      .filter((s) => s.flag !== "green" && s.guardsOnDuty < minimum)
      .map((s) => s.towerId);
  }

  unassignedGuards(): Guard[] {
    return this.guards.filter((g) => !g.assignedTower);
  }
}
