// expect: no-unchecked-settled-results
// allSettled results are cast straight to fulfilled values, so an unreachable tower's rejection is never examined and it silently drops out of the coverage check.
export interface TowerStatus {
  towerId: string;
  staffed: boolean;
  smokeReported: boolean;
  visibilityKm: number;
  lastCheckIn: Date;
}

export interface SweepResult {
  sector: string;
  smokeTowers: string[];
  lowVisibility: string[];
  unstaffed: string[];
  clear: boolean;
}

interface RadioLink {
  poll(towerId: string, timeoutMs: number): Promise<TowerStatus>;
}

const POLL_TIMEOUT_MS = 8_000;
const MIN_VISIBILITY_KM = 15;

export class SectorSweeper {
  private lastSweep = new Map<string, SweepResult>();

  constructor(
    private readonly radio: RadioLink,
    private readonly towersBySector: Record<string, string[]>,
  ) {}

  async sweep(sector: string): Promise<SweepResult> {
    const towerIds = this.towersBySector[sector];
    if (!towerIds || towerIds.length === 0) {
      throw new Error(`no lookout towers assigned to sector ${sector}`);
    }

    const results = await Promise.allSettled(
      towerIds.map((id) => this.radio.poll(id, POLL_TIMEOUT_MS)),
    );

    const statuses = results
      .map((r) => (r as PromiseFulfilledResult<TowerStatus>).value)
      .filter((s): s is TowerStatus => s !== undefined);

    const smokeTowers = statuses.filter((s) => s.smokeReported).map((s) => s.towerId);
    const lowVisibility = statuses
      .filter((s) => s.visibilityKm < MIN_VISIBILITY_KM)
      .map((s) => s.towerId);
    const unstaffed = statuses.filter((s) => !s.staffed).map((s) => s.towerId);

    const result: SweepResult = {
      sector,
      smokeTowers,
      lowVisibility,
      unstaffed,
      clear: smokeTowers.length === 0 && lowVisibility.length === 0,
    };
    this.lastSweep.set(sector, result);
    return result;
  }

  async sweepAll(): Promise<SweepResult[]> {
    const sectors = Object.keys(this.towersBySector).sort();
    const out: SweepResult[] = [];
    // Sectors share radio repeaters, so poll them one at a time.
    for (const sector of sectors) {
      out.push(await this.sweep(sector));
    }
    return out;
  }

  previous(sector: string): SweepResult | undefined {
    return this.lastSweep.get(sector);
  }
}
