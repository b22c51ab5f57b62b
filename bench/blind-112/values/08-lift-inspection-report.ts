// expect: none
// All sensor and logbook reads are awaited before being placed in the report object, so JSON.stringify and the POST body contain real values rather than promises.
export interface TowerReading {
  tower: string;
  sheaveWearMm: number;
  bearingTempC: number;
}

export interface LiftSensors {
  towerReadings(liftId: string): Promise<TowerReading[]>;
  ropeElongationPct(liftId: string): Promise<number>;
  anemometerKnots(liftId: string): Promise<number | null>;
}

export interface Logbook {
  lastEvacuationDrill(liftId: string): Promise<string | null>;
  openDefects(liftId: string): Promise<string[]>;
}

export interface InspectionReport {
  liftId: string;
  inspector: string;
  createdAt: string;
  towers: TowerReading[];
  ropeElongationPct: number;
  windKnots: number | null;
  lastDrill: string;
  openDefects: string[];
  cleared: boolean;
}

export class LiftInspectionReporter {
  constructor(
    private readonly sensors: LiftSensors,
    private readonly logbook: Logbook,
    private readonly authorityUrl: string,
  ) {}

  async build(liftId: string, inspector: string): Promise<InspectionReport> {
    const [towers, elongation, wind, drill, defects] = await Promise.all([
      this.sensors.towerReadings(liftId),
      this.sensors.ropeElongationPct(liftId),
      this.sensors.anemometerKnots(liftId),
      this.logbook.lastEvacuationDrill(liftId),
      this.logbook.openDefects(liftId),
    ]);

    const worn = towers.filter((t) => t.sheaveWearMm > 2.5 || t.bearingTempC > 70);
    return {
      liftId,
      inspector,
      createdAt: new Date().toISOString(),
      towers,
      ropeElongationPct: elongation,
      windKnots: wind,
      lastDrill: drill ?? 'never recorded',
      openDefects: defects,
      cleared: worn.length === 0 && elongation < 0.5 && defects.length === 0,
    };
  }

  async submit(liftId: string, inspector: string): Promise<boolean> {
    const report = await this.build(liftId, inspector);
    const res = await fetch(new URL(`/lifts/${liftId}/inspections`, this.authorityUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ report, signedBy: inspector, windOk: (report.windKnots ?? 0) < 35 }),
    });
    if (!res.ok) throw new Error(`authority rejected inspection for ${liftId}: ${res.status}`);
    return report.cleared;
  }
}
