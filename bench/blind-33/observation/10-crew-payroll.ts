// expect: none
// Promise.allSettled results are narrowed on status before value or reason is read, and failed timesheet lookups are reported rather than dereferenced.
export interface Picker {
  id: string;
  name: string;
  crewId: string;
  hourlyRate: number;
  pieceRatePerBin: number;
}

export interface Timesheet {
  pickerId: string;
  hours: number;
  bins: number;
  qualityDeductions: number;
}

export interface PayLine {
  pickerId: string;
  name: string;
  gross: number;
  basis: 'hourly' | 'piece';
}

export interface PayrollRun {
  week: string;
  lines: PayLine[];
  missing: Array<{ pickerId: string; reason: string }>;
  total: number;
}

declare const roster: {
  pickersForCrews(crewIds: string[]): Promise<Picker[]>;
};

declare const timesheets: {
  forWeek(pickerId: string, week: string): Promise<Timesheet>;
};

declare const payroll: {
  submit(run: PayrollRun): Promise<{ batchId: string }>;
};

const MIN_WAGE = 23.15;

function payFor(picker: Picker, sheet: Timesheet): PayLine {
  const hourly = sheet.hours * Math.max(picker.hourlyRate, MIN_WAGE);
  const piece = Math.max(0, sheet.bins - sheet.qualityDeductions) * picker.pieceRatePerBin;
  const floor = sheet.hours * MIN_WAGE;
  const usePiece = piece > hourly && piece >= floor;
  return {
    pickerId: picker.id,
    name: picker.name,
    gross: Math.round((usePiece ? piece : hourly) * 100) / 100,
    basis: usePiece ? 'piece' : 'hourly',
  };
}

export async function runWeeklyPayroll(crewIds: string[], week: string): Promise<{ batchId: string; run: PayrollRun }> {
  const pickers = await roster.pickersForCrews(crewIds);
  const results = await Promise.allSettled(pickers.map((p) => timesheets.forWeek(p.id, week)));

  const lines: PayLine[] = [];
  const missing: PayrollRun['missing'] = [];

  results.forEach((result, i) => {
    const picker = pickers[i];
    if (result.status === 'rejected') {
      missing.push({ pickerId: picker.id, reason: result.reason instanceof Error ? result.reason.message : String(result.reason) });
      return;
    }
    if (result.value.hours <= 0) {
      return;
    }
    lines.push(payFor(picker, result.value));
  });

  lines.sort((a, b) => a.name.localeCompare(b.name));
  const total = Math.round(lines.reduce((sum, l) => sum + l.gross, 0) * 100) / 100;
  const run: PayrollRun = { week, lines, missing, total };

  if (missing.length > pickers.length / 2) {
    throw new Error(`Timesheets missing for ${missing.length} of ${pickers.length} pickers in week ${week}; not submitting`);
  }

  const { batchId } = await payroll.submit(run);
  return { batchId, run };
}
