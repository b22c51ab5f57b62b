// expect: none
// The history and sensor lookups are started together but immediately combined with Promise.all, so both have a rejection handler attached before anything else is awaited.
export interface GondolaHistory {
  gondolaId: number;
  lastServicedAt: Date;
  rotationsSinceService: number;
  openDefects: string[];
}

export interface SensorSnapshot {
  gondolaId: number;
  latchClosed: boolean;
  latchPinWearMm: number;
  swingDeg: number;
}

export interface MaintenanceDb {
  history(gondolaId: number): Promise<GondolaHistory>;
  saveInspection(report: InspectionReport): Promise<void>;
}

export interface WheelTelemetryApi {
  snapshot(gondolaId: number): Promise<SensorSnapshot>;
}

export interface InspectionReport {
  gondolaId: number;
  fitForService: boolean;
  findings: string[];
  inspectedAt: Date;
}

export class GondolaInspector {
  constructor(
    private readonly db: MaintenanceDb,
    private readonly telemetry: WheelTelemetryApi,
    private readonly maxRotations = 4_000,
  ) {}

  async inspect(gondolaId: number): Promise<InspectionReport> {
    const historyP = this.db.history(gondolaId);
    const snapshotP = this.telemetry.snapshot(gondolaId);
    const [history, snapshot] = await Promise.all([historyP, snapshotP]);

    const findings: string[] = [...history.openDefects];
    if (!snapshot.latchClosed) findings.push('door latch reports open while parked');
    if (snapshot.latchPinWearMm > 0.8) findings.push(`latch pin wear ${snapshot.latchPinWearMm}mm exceeds 0.8mm`);
    if (Math.abs(snapshot.swingDeg) > 6) findings.push(`parked swing of ${snapshot.swingDeg}° – check dampers`);
    if (history.rotationsSinceService > this.maxRotations) {
      findings.push(`${history.rotationsSinceService} rotations since last service`);
    }

    const report: InspectionReport = {
      gondolaId,
      fitForService: findings.length === 0,
      findings,
      inspectedAt: new Date(),
    };
    await this.db.saveInspection(report);
    return report;
  }

  async inspectWheel(gondolaIds: readonly number[]): Promise<InspectionReport[]> {
    const reports = gondolaIds.map((id) => this.inspect(id));
    return Promise.all(reports);
  }

  static summarise(reports: readonly InspectionReport[]): string {
    const grounded = reports.filter((r) => !r.fitForService).map((r) => r.gondolaId);
    return grounded.length === 0
      ? `all ${reports.length} gondolas fit for service`
      : `${grounded.length} of ${reports.length} gondolas grounded: ${grounded.join(', ')}`;
  }
}
