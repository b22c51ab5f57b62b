// expect: no-uncalled-async-function
// warm() puts this.loadDefects into the Promise.all array without calling it, so the defect cache is never filled although warm() reports the dashboard as ready.
export interface Ramp {
  id: string;
  name: string;
  zone: 'street' | 'bowl' | 'vert' | 'beginner';
}

export interface Defect {
  rampId: string;
  area: string;
  severity: 1 | 2 | 3;
  reportedAt: string;
}

export interface ParkApi {
  ramps(): Promise<Ramp[]>;
  openDefects(): Promise<Defect[]>;
  inspectorsOnDuty(): Promise<string[]>;
}

export interface DashboardRow {
  ramp: Ramp;
  worstSeverity: number;
  defectCount: number;
}

export class RampDashboard {
  private ramps: Ramp[] = [];
  private defects: Defect[] = [];
  private inspectors: string[] = [];
  private warmedAt: number | undefined;

  constructor(private readonly api: ParkApi) {}

  async warm(): Promise<void> {
    await Promise.all([this.loadRamps(), this.loadDefects, this.loadInspectors()]);
    this.warmedAt = Date.now();
  }

  get isWarm(): boolean {
    return this.warmedAt !== undefined;
  }

  rows(): DashboardRow[] {
    return this.ramps
      .map((ramp) => {
        const mine = this.defects.filter((d) => d.rampId === ramp.id);
        return {
          ramp,
          defectCount: mine.length,
          worstSeverity: mine.reduce((worst, d) => Math.max(worst, d.severity), 0),
        };
      })
      .sort((a, b) => b.worstSeverity - a.worstSeverity || b.defectCount - a.defectCount);
  }

  headline(): string {
    const closed = this.rows().filter((r) => r.worstSeverity === 3).length;
    const staff = this.inspectors.length ? this.inspectors.join(', ') : 'nobody';
    return `${this.ramps.length} ramps, ${closed} closed, inspectors on duty: ${staff}`;
  }

  private async loadRamps(): Promise<void> {
    this.ramps = await this.api.ramps();
  }

  private async loadDefects(): Promise<void> {
    this.defects = await this.api.openDefects();
  }

  private async loadInspectors(): Promise<void> {
    this.inspectors = await this.api.inspectorsOnDuty();
  }
}
