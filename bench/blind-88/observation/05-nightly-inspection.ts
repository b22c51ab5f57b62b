// expect: no-unchecked-settled-results
// runNightlyInspection casts every allSettled result to a fulfilled result and reads .value without checking status, so failed inspections become undefined entries and crash or vanish from the report.
export interface EscalatorUnit {
  unitId: string;
  station: string;
  rise: number;
  controllerHost: string;
}

export interface InspectionReport {
  unitId: string;
  stepChainElongationPct: number;
  handrailSpeedDeltaPct: number;
  brakeStoppingDistanceMm: number;
  faultsSinceLast: string[];
}

export interface NightlySummary {
  inspected: number;
  outOfTolerance: string[];
  reports: InspectionReport[];
}

declare function inspectUnit(unit: EscalatorUnit, opts: { timeoutMs: number }): Promise<InspectionReport>;
declare const maintenanceDb: {
  activeUnits(depot: string): Promise<EscalatorUnit[]>;
  saveReports(reports: InspectionReport[]): Promise<void>;
};

const LIMITS = {
  stepChainElongationPct: 1.5,
  handrailSpeedDeltaPct: 2,
  brakeStoppingDistanceMm: 1_000,
};

function outOfTolerance(report: InspectionReport): boolean {
  return (
    report.stepChainElongationPct > LIMITS.stepChainElongationPct ||
    Math.abs(report.handrailSpeedDeltaPct) > LIMITS.handrailSpeedDeltaPct ||
    report.brakeStoppingDistanceMm > LIMITS.brakeStoppingDistanceMm
  );
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function runNightlyInspection(depot: string, concurrency = 4): Promise<NightlySummary> {
  const units = await maintenanceDb.activeUnits(depot);
  const reports: InspectionReport[] = [];

  for (const group of chunk(units, concurrency)) {
    const settled = await Promise.allSettled(group.map((unit) => inspectUnit(unit, { timeoutMs: 45_000 })));
    reports.push(...settled.map((r) => (r as PromiseFulfilledResult<InspectionReport>).value));
  }

  await maintenanceDb.saveReports(reports);

  return {
    inspected: reports.length,
    outOfTolerance: reports.filter(outOfTolerance).map((r) => r.unitId),
    reports,
  };
}

export function formatSummary(depot: string, summary: NightlySummary): string {
  const header = `${depot}: ${summary.inspected} escalators inspected`;
  if (summary.outOfTolerance.length === 0) return `${header}, all within tolerance`;
  return `${header}, take out of service: ${summary.outOfTolerance.join(', ')}`;
}
