// expect: none
// Every Promise.allSettled entry is narrowed on status before .value or .reason is read, so failed loom reads are reported rather than misread.
export interface LoomCounters {
  loomId: string;
  picksWoven: number;
  warpBreaks: number;
  weftBreaks: number;
  runMinutes: number;
}

export interface ShiftReport {
  shift: 'early' | 'late' | 'night';
  looms: Array<LoomCounters & { efficiencyPct: number }>;
  unreachable: Array<{ loomId: string; error: string }>;
  totalPicks: number;
}

declare const loomController: {
  counters(loomId: string, shift: ShiftReport['shift']): Promise<LoomCounters>;
};

declare const millFloor: {
  activeLooms(): Promise<string[]>;
  fileReport(report: ShiftReport): Promise<void>;
};

const SHIFT_MINUTES = 480;
const TARGET_PICKS_PER_MINUTE = 110;

function efficiency(counters: LoomCounters): number {
  const theoretical = SHIFT_MINUTES * TARGET_PICKS_PER_MINUTE;
  return Math.round((counters.picksWoven / theoretical) * 1000) / 10;
}

function describeError(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return String(reason);
}

export async function buildShiftReport(shift: ShiftReport['shift']): Promise<ShiftReport> {
  const loomIds = await millFloor.activeLooms();
  const results = await Promise.allSettled(loomIds.map((id) => loomController.counters(id, shift)));

  const report: ShiftReport = { shift, looms: [], unreachable: [], totalPicks: 0 };

  results.forEach((result, index) => {
    if (result.status === 'rejected') {
      report.unreachable.push({ loomId: loomIds[index], error: describeError(result.reason) });
      return;
    }
    const counters = result.value;
    report.looms.push({ ...counters, efficiencyPct: efficiency(counters) });
    report.totalPicks += counters.picksWoven;
  });

  report.looms.sort((a, b) => a.efficiencyPct - b.efficiencyPct);
  await millFloor.fileReport(report);
  return report;
}

export function breakRate(report: ShiftReport): Map<string, number> {
  const rates = new Map<string, number>();
  for (const loom of report.looms) {
    const breaks = loom.warpBreaks + loom.weftBreaks;
    const perHundredThousandPicks = loom.picksWoven === 0 ? 0 : (breaks / loom.picksWoven) * 100_000;
    rates.set(loom.loomId, Math.round(perHundredThousandPicks * 10) / 10);
  }
  return rates;
}

export function needsMechanic(report: ShiftReport, maxBreakRate = 8): string[] {
  const flagged = report.unreachable.map((u) => u.loomId);
  for (const [loomId, rate] of breakRate(report)) {
    if (rate > maxBreakRate) flagged.push(loomId);
  }
  for (const loom of report.looms) {
    if (loom.runMinutes < SHIFT_MINUTES * 0.6 && !flagged.includes(loom.loomId)) {
      flagged.push(loom.loomId);
    }
  }
  return flagged;
}
