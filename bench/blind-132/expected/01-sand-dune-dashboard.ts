// expect: no-uncalled-async-function
// The warm-up Promise.all lists this.warmVegetationPlots without calling it, so the plot cache is never loaded and Promise.all just resolves with the function itself.
export interface WindStation {
  id: string;
  speedMs: number;
  directionDeg: number;
}

export interface VegetationPlot {
  id: string;
  species: 'marram' | 'lyme-grass' | 'sea-buckthorn';
  coverPct: number;
}

export interface FenceSegment {
  id: string;
  lengthM: number;
  buriedPct: number;
}

export interface DuneApi {
  windStations(): Promise<WindStation[]>;
  vegetationPlots(): Promise<VegetationPlot[]>;
  fenceSegments(): Promise<FenceSegment[]>;
}

export interface DashboardTile {
  title: string;
  value: string;
  warn: boolean;
}

export class DuneDashboard {
  private wind: WindStation[] = [];
  private plots: VegetationPlot[] = [];
  private fences: FenceSegment[] = [];
  private warmedAt?: Date;

  constructor(private readonly api: DuneApi) {}

  private async warmWind(): Promise<void> {
    this.wind = await this.api.windStations();
  }

  private async warmVegetationPlots(): Promise<void> {
    this.plots = await this.api.vegetationPlots();
  }

  private async warmFences(): Promise<void> {
    this.fences = await this.api.fenceSegments();
  }

  async warmUp(): Promise<void> {
    await Promise.all([this.warmWind(), this.warmVegetationPlots, this.warmFences()]);
    this.warmedAt = new Date();
  }

  tiles(): DashboardTile[] {
    if (!this.warmedAt) throw new Error('dashboard not warmed up');
    const maxWind = Math.max(0, ...this.wind.map((w) => w.speedMs));
    const meanCover = this.plots.length
      ? this.plots.reduce((sum, p) => sum + p.coverPct, 0) / this.plots.length
      : 0;
    const buriedM = this.fences.filter((f) => f.buriedPct > 80).reduce((sum, f) => sum + f.lengthM, 0);
    return [
      { title: 'Peak wind', value: `${maxWind.toFixed(1)} m/s`, warn: maxWind > 15 },
      { title: 'Mean vegetation cover', value: `${meanCover.toFixed(0)}%`, warn: meanCover < 40 },
      { title: 'Fencing buried', value: `${buriedM} m`, warn: buriedM > 200 },
    ];
  }

  async refresh(): Promise<DashboardTile[]> {
    await this.warmUp();
    return this.tiles();
  }
}
