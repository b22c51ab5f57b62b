// expect: no-unchecked-settled-results
// bug: the allSettled results are cast to PromiseFulfilledResult and `.value` is read without checking `status`, so one offline line yields `undefined` and the report throws or under-counts.
export interface SheeterLineStats {
  lineId: string;
  sheetsProduced: number;
  scrapKg: number;
  meanThicknessMm: number;
  downtimeMinutes: number;
}

export interface ShiftReport {
  shift: 'early' | 'late' | 'night';
  date: string;
  lines: SheeterLineStats[];
  totalSheets: number;
  scrapRatePercent: number;
  worstLine: string | undefined;
}

declare const plcGateway: {
  shiftStats(lineId: string, date: string, shift: ShiftReport['shift']): Promise<SheeterLineStats>;
};

declare const reportArchive: {
  save(report: ShiftReport): Promise<string>;
};

const SHEET_MASS_KG = 0.42;

function scrapRate(lines: SheeterLineStats[]): number {
  const produced = lines.reduce((sum, l) => sum + l.sheetsProduced * SHEET_MASS_KG, 0);
  const scrap = lines.reduce((sum, l) => sum + l.scrapKg, 0);
  if (produced + scrap === 0) return 0;
  return Number(((scrap / (produced + scrap)) * 100).toFixed(2));
}

function worstLine(lines: SheeterLineStats[]): string | undefined {
  let worst: SheeterLineStats | undefined;
  for (const line of lines) {
    if (!worst || line.downtimeMinutes > worst.downtimeMinutes) {
      worst = line;
    }
  }
  return worst?.lineId;
}

export async function buildShiftReport(
  lineIds: string[],
  date: string,
  shift: ShiftReport['shift'],
): Promise<ShiftReport> {
  const settled = await Promise.allSettled(lineIds.map((id) => plcGateway.shiftStats(id, date, shift)));
  const lines = settled.map((result) => (result as PromiseFulfilledResult<SheeterLineStats>).value);

  return {
    shift,
    date,
    lines,
    totalSheets: lines.reduce((sum, l) => sum + l.sheetsProduced, 0),
    scrapRatePercent: scrapRate(lines),
    worstLine: worstLine(lines),
  };
}

export async function publishShift(lineIds: string[], date: string, shift: ShiftReport['shift']): Promise<string> {
  const report = await buildShiftReport(lineIds, date, shift);
  if (report.lines.length === 0) {
    throw new Error(`no sheeter lines reported for ${date} ${shift}`);
  }
  return reportArchive.save(report);
}

export function formatReport(report: ShiftReport): string {
  const header = `${report.date} ${report.shift}: ${report.totalSheets} sheets, scrap ${report.scrapRatePercent}%`;
  const rows = report.lines.map(
    (l) => `  ${l.lineId.padEnd(6)} ${String(l.sheetsProduced).padStart(6)} ${l.meanThicknessMm.toFixed(2)} mm`,
  );
  return [header, ...rows].join('\n');
}
