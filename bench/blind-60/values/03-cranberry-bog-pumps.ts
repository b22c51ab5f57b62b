// expect: no-promise-as-value
// planHarvestFlood filters pumps with the async isReady() predicate, whose returned promise is always truthy, so offline pumps get assigned to beds.
export interface Pump {
  pumpId: string;
  ratedLps: number;
  intakeCanal: string;
}

export interface Bed {
  bedId: string;
  areaM2: number;
  floodDepthCm: number;
}

export interface FloodAssignment {
  bedId: string;
  pumpIds: string[];
  estimatedMinutes: number;
}

declare const pumpHealth: {
  lastHeartbeat(pumpId: string): Promise<number | null>;
  faults(pumpId: string): Promise<string[]>;
};
declare const canals: {
  levelCm(canal: string): Promise<number>;
};

const HEARTBEAT_STALE_MS = 5 * 60_000;
const MIN_CANAL_LEVEL_CM = 35;

export class HarvestFloodPlanner {
  private readonly canalLevels = new Map<string, number>();

  constructor(private readonly pumps: Pump[]) {}

  private async isReady(pump: Pump): Promise<boolean> {
    const [beat, faults] = await Promise.all([
      pumpHealth.lastHeartbeat(pump.pumpId),
      pumpHealth.faults(pump.pumpId),
    ]);
    if (beat === null || Date.now() - beat > HEARTBEAT_STALE_MS) return false;
    if (faults.length > 0) return false;
    const level = this.canalLevels.get(pump.intakeCanal) ?? 0;
    return level >= MIN_CANAL_LEVEL_CM;
  }

  private async refreshCanals(): Promise<void> {
    const names = [...new Set(this.pumps.map((p) => p.intakeCanal))];
    const levels = await Promise.all(names.map((c) => canals.levelCm(c)));
    names.forEach((name, i) => this.canalLevels.set(name, levels[i]));
  }

  async planHarvestFlood(beds: Bed[]): Promise<FloodAssignment[]> {
    await this.refreshCanals();
    const ready = this.pumps.filter((p) => this.isReady(p));
    if (ready.length === 0) throw new Error('no pumps ready for harvest flooding');

    // Largest beds first; each gets the strongest remaining pumps until it can flood within two hours.
    const pool = [...ready].sort((a, b) => b.ratedLps - a.ratedLps);
    const assignments: FloodAssignment[] = [];
    for (const bed of [...beds].sort((a, b) => b.areaM2 - a.areaM2)) {
      const litres = bed.areaM2 * bed.floodDepthCm * 10;
      const chosen: Pump[] = [];
      let lps = 0;
      while (pool.length > 0 && litres / Math.max(lps, 1) / 60 > 120) {
        const pump = pool.shift()!;
        chosen.push(pump);
        lps += pump.ratedLps;
      }
      if (chosen.length === 0) break;
      assignments.push({
        bedId: bed.bedId,
        pumpIds: chosen.map((p) => p.pumpId),
        estimatedMinutes: Math.ceil(litres / lps / 60),
      });
    }
    return assignments;
  }
}
