// expect: none
// Each per-siren entry awaits its diagnostics inside an async map that is itself awaited through Promise.all, and the county totals are awaited before being nested, so the JSON sent to the emergency office contains only resolved data.
import { gzipSync } from 'node:zlib';

export interface SirenDiagnostics {
  sirenId: string;
  batteryVolts: number;
  rotationRpm: number;
  soundLevelDb: number | null;
}

export interface SirenFleet {
  sirenIds(county: string): Promise<string[]>;
  diagnostics(sirenId: string): Promise<SirenDiagnostics>;
  lastMaintained(sirenId: string): Promise<Date | null>;
}

export interface CountyStats {
  population: number;
  coveragePct: number;
}

export interface CountyRegistry {
  stats(county: string): Promise<CountyStats>;
}

const MIN_AUDIBLE_DB = 70;

export async function buildMonthlyReport(fleet: SirenFleet, registry: CountyRegistry, county: string, month: string) {
  const ids = await fleet.sirenIds(county);
  const sirens = await Promise.all(
    ids.map(async (sirenId) => {
      const [diag, maintained] = await Promise.all([fleet.diagnostics(sirenId), fleet.lastMaintained(sirenId)]);
      return {
        sirenId,
        passed: diag.soundLevelDb !== null && diag.soundLevelDb >= MIN_AUDIBLE_DB && diag.batteryVolts >= 24,
        diagnostics: diag,
        lastMaintained: maintained?.toISOString() ?? null,
      };
    }),
  );

  return {
    county,
    month,
    generatedAt: new Date().toISOString(),
    countyStats: await registry.stats(county),
    passed: sirens.filter((s) => s.passed).length,
    failed: sirens.filter((s) => !s.passed).map((s) => s.sirenId),
    sirens,
  };
}

export async function submitMonthlyReport(
  endpoint: string,
  fleet: SirenFleet,
  registry: CountyRegistry,
  county: string,
  month: string,
): Promise<void> {
  const report = await buildMonthlyReport(fleet, registry, county, month);
  const res = await fetch(`${endpoint}/counties/${county}/siren-reports/${month}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    body: gzipSync(JSON.stringify(report)),
  });
  if (!res.ok) {
    throw new Error(`emergency office rejected ${county} ${month} report: HTTP ${res.status}`);
  }
}
