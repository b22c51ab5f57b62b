// expect: no-unchecked-settled-results
// After counting rejected reads, the report still maps every allSettled result to .value via a cast, so a failed centrifuge yields undefined and crashes the totals.
export interface Centrifuge {
  unitId: string;
  basketDiameterMm: number;
  station: 'A' | 'B' | 'C';
}

export interface SpinStats {
  unitId: string;
  cycles: number;
  massecuiteTonnes: number;
  sugarTonnes: number;
  avgRpm: number;
  washWaterLitres: number;
}

export interface ShiftReport {
  shift: string;
  unitsReporting: number;
  unitsMissing: number;
  sugarTonnes: number;
  yieldPct: number;
  washWaterPerTonne: number;
}

declare const plc: {
  readSpinStats(unitId: string, shift: string): Promise<SpinStats>;
};

declare const refineryDb: {
  saveShiftReport(report: ShiftReport): Promise<void>;
  raiseAlarm(message: string): Promise<void>;
};

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export async function buildShiftReport(shift: string, units: readonly Centrifuge[]): Promise<ShiftReport> {
  const results = await Promise.allSettled(units.map((u) => plc.readSpinStats(u.unitId, shift)));

  const missing = results.filter((r) => r.status === 'rejected').length;
  if (missing > units.length / 2) {
    await refineryDb.raiseAlarm(`shift ${shift}: ${missing}/${units.length} centrifuges did not report`);
    throw new Error(`too few centrifuges reported for shift ${shift}`);
  }

  const stats = results.map((r) => (r as PromiseFulfilledResult<SpinStats>).value);

  const massecuite = stats.reduce((sum, s) => sum + s.massecuiteTonnes, 0);
  const sugar = stats.reduce((sum, s) => sum + s.sugarTonnes, 0);
  const water = stats.reduce((sum, s) => sum + s.washWaterLitres, 0);

  const report: ShiftReport = {
    shift,
    unitsReporting: units.length - missing,
    unitsMissing: missing,
    sugarTonnes: round(sugar, 2),
    yieldPct: massecuite > 0 ? round((sugar / massecuite) * 100, 1) : 0,
    washWaterPerTonne: sugar > 0 ? round(water / sugar, 0) : 0,
  };

  await refineryDb.saveShiftReport(report);
  return report;
}

export function flagSlowBaskets(stats: readonly SpinStats[], units: readonly Centrifuge[]): string[] {
  const byId = new Map(units.map((u) => [u.unitId, u]));
  return stats
    .filter((s) => {
      const unit = byId.get(s.unitId);
      if (!unit) return false;
      const expectedRpm = unit.basketDiameterMm >= 1600 ? 1050 : 1200;
      return s.avgRpm < expectedRpm * 0.9;
    })
    .map((s) => s.unitId);
}
