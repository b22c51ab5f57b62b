// expect: none
// The loader table deliberately stores function references, and refresh() calls each one (loader()) before handing the promises to Promise.all.
export interface RateCard {
  vehicleClass: 1 | 2 | 3 | 4 | 5;
  peakCents: number;
  offPeakCents: number;
}

export interface PlateFlag {
  plate: string;
  reason: "stolen" | "unpaid" | "exempt";
}

export interface GantryConfig {
  gantryId: string;
  laneCount: number;
  cameraExposureMs: number;
}

interface GantrySnapshot {
  rates: RateCard[];
  flags: PlateFlag[];
  config: GantryConfig;
  loadedAt: number;
}

declare const tollBackOffice: {
  rateCards(plaza: string): Promise<RateCard[]>;
  plateFlags(since: number): Promise<PlateFlag[]>;
  gantryConfig(gantryId: string): Promise<GantryConfig>;
};

type Loader<T> = () => Promise<T>;

export class GantryDataSync {
  private snapshot: GantrySnapshot | undefined;
  private lastFlagSync = 0;
  private readonly loaders: {
    rates: Loader<RateCard[]>;
    flags: Loader<PlateFlag[]>;
    config: Loader<GantryConfig>;
  };

  constructor(private readonly plaza: string, private readonly gantryId: string) {
    this.loaders = {
      rates: () => tollBackOffice.rateCards(this.plaza),
      flags: () => tollBackOffice.plateFlags(this.lastFlagSync),
      config: () => tollBackOffice.gantryConfig(this.gantryId),
    };
  }

  async refresh(): Promise<GantrySnapshot> {
    const startedAt = Date.now();
    const [rates, flags, config] = await Promise.all([
      this.loaders.rates(),
      this.loaders.flags(),
      this.loaders.config(),
    ]);
    this.lastFlagSync = startedAt;

    const previousFlags = this.snapshot?.flags ?? [];
    const merged = new Map(previousFlags.map((f) => [f.plate, f]));
    for (const flag of flags) merged.set(flag.plate, flag);

    this.snapshot = { rates, flags: [...merged.values()], config, loadedAt: startedAt };
    return this.snapshot;
  }

  async refreshOnly<K extends keyof GantryDataSync["loaders"]>(key: K): Promise<void> {
    const loader = this.loaders[key];
    const value = await loader();
    if (!this.snapshot) {
      await this.refresh();
      return;
    }
    this.snapshot = { ...this.snapshot, [key]: value };
  }

  chargeFor(plate: string, vehicleClass: RateCard["vehicleClass"], at: Date): number {
    if (!this.snapshot) throw new Error(`gantry ${this.gantryId} has no data yet`);
    const flag = this.snapshot.flags.find((f) => f.plate === plate);
    if (flag?.reason === "exempt") return 0;
    const card = this.snapshot.rates.find((r) => r.vehicleClass === vehicleClass);
    if (!card) throw new Error(`no rate for class ${vehicleClass} at ${this.plaza}`);
    const hour = at.getHours();
    const peak = (hour >= 7 && hour < 10) || (hour >= 16 && hour < 19);
    return peak ? card.peakCents : card.offPeakCents;
  }
}
