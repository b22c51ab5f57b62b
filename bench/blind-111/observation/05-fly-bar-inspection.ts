// expect: no-unchecked-settled-results
// Load cells that fail to answer are silently dropped from the allSettled results, so the rig can be declared safe without those bars ever having been inspected.
export interface FlyBar {
  id: string;
  lineSet: number;
  ratedKg: number;
  hangingPuppets: string[];
}

export interface LoadCellReading {
  barId: string;
  kg: number;
  ratedKg: number;
  driftPct: number;
}

export interface LoadCellBus {
  read(barId: string): Promise<{ kg: number; driftPct: number }>;
}

export interface InspectionReport {
  inspectedAt: string;
  safe: boolean;
  barsChecked: number;
  overloaded: LoadCellReading[];
  drifting: LoadCellReading[];
}

export class FlyBarInspection {
  constructor(
    private readonly bus: LoadCellBus,
    private readonly warnAtFraction = 0.9,
    private readonly maxDriftPct = 2.5,
  ) {}

  private async readBar(bar: FlyBar): Promise<LoadCellReading> {
    const { kg, driftPct } = await this.bus.read(bar.id);
    if (!Number.isFinite(kg) || kg < -5) {
      throw new Error(`load cell on ${bar.id} returned an implausible value (${kg} kg)`);
    }
    return { barId: bar.id, kg: Math.max(0, kg), ratedKg: bar.ratedKg, driftPct };
  }

  async inspect(bars: FlyBar[]): Promise<InspectionReport> {
    const results = await Promise.allSettled(bars.map((bar) => this.readBar(bar)));

    const readings: LoadCellReading[] = [];
    for (const result of results) {
      if (result.status === 'fulfilled') readings.push(result.value);
    }

    const overloaded = readings.filter((r) => r.kg > r.ratedKg * this.warnAtFraction);
    const drifting = readings.filter((r) => Math.abs(r.driftPct) > this.maxDriftPct);

    return {
      inspectedAt: new Date().toISOString(),
      safe: overloaded.length === 0,
      barsChecked: readings.length,
      overloaded,
      drifting,
    };
  }

  async preShowCheck(bars: FlyBar[]): Promise<string> {
    const report = await this.inspect(bars.filter((b) => b.hangingPuppets.length > 0));
    if (!report.safe) {
      const ids = report.overloaded.map((r) => `${r.barId} (${r.kg.toFixed(1)}/${r.ratedKg} kg)`);
      return `HOLD: overloaded bars ${ids.join(', ')}`;
    }
    if (report.drifting.length > 0) {
      return `GO with recalibration due on ${report.drifting.map((r) => r.barId).join(', ')}`;
    }
    return `GO: ${report.barsChecked} bars within limits`;
  }
}
