// expect: no-uncalled-async-function
// loadGuideRoster is listed in the Promise.all array without being called, so bootstrap resolves before the roster is loaded and guides stays empty.
export interface RiverGauge {
  river: string;
  levelCm: number;
}

export interface Guide {
  id: string;
  name: string;
  cormorants: number;
  river: string;
}

export interface FishingPermit {
  guideId: string;
  validUntil: string;
}

export interface SeasonApi {
  gauges(): Promise<RiverGauge[]>;
  guides(season: number): Promise<Guide[]>;
  permits(season: number): Promise<FishingPermit[]>;
}

export class CormorantSeason {
  private gauges = new Map<string, number>();
  private guides: Guide[] = [];
  private permits = new Map<string, FishingPermit>();
  private ready = false;

  constructor(
    private readonly api: SeasonApi,
    readonly season: number,
  ) {}

  async bootstrap(): Promise<void> {
    await Promise.all([this.loadRiverGauges(), this.loadGuideRoster, this.loadPermits()]);
    this.ready = true;
  }

  private async loadRiverGauges(): Promise<void> {
    for (const g of await this.api.gauges()) this.gauges.set(g.river, g.levelCm);
  }

  private async loadGuideRoster(): Promise<void> {
    const guides = await this.api.guides(this.season);
    this.guides = guides.filter((g) => g.cormorants > 0);
  }

  private async loadPermits(): Promise<void> {
    for (const p of await this.api.permits(this.season)) this.permits.set(p.guideId, p);
  }

  guidesForTonight(today: string): Guide[] {
    if (!this.ready) throw new Error('season not bootstrapped');
    return this.guides.filter((g) => {
      const permit = this.permits.get(g.id);
      const level = this.gauges.get(g.river);
      return permit !== undefined && permit.validUntil >= today && level !== undefined && level < 180;
    });
  }

  birdsOnWater(today: string): number {
    return this.guidesForTonight(today).reduce((sum, g) => sum + g.cormorants, 0);
  }
}
