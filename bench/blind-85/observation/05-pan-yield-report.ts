// expect: none
// Every allSettled result is checked for status before .value or .reason is read; failed pans are reported separately and the report fails only if every pan failed.
export interface PanYield {
  pan: string;
  fleurDeSelKg: number;
  coarseKg: number;
  salinityPpt: number;
}

export interface DailyReport {
  date: string;
  totals: { fleurDeSelKg: number; coarseKg: number };
  pans: PanYield[];
  unreachable: Array<{ pan: string; reason: string }>;
}

declare function readPanScale(pan: string, date: string): Promise<PanYield>;
declare const cooperative: {
  submitDaily(report: DailyReport): Promise<void>;
};

function describeError(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : JSON.stringify(reason);
}

export async function collectYields(pans: string[], date: string): Promise<DailyReport> {
  const settled = await Promise.allSettled(pans.map((pan) => readPanScale(pan, date)));

  const ok: PanYield[] = [];
  const unreachable: DailyReport['unreachable'] = [];
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      ok.push(result.value);
    } else {
      unreachable.push({ pan: pans[i], reason: describeError(result.reason) });
    }
  });

  if (ok.length === 0 && pans.length > 0) {
    throw new AggregateError(
      settled.flatMap((r) => (r.status === 'rejected' ? [r.reason] : [])),
      `no pan scales answered for ${date}`,
    );
  }

  const totals = ok.reduce(
    (acc, y) => ({
      fleurDeSelKg: acc.fleurDeSelKg + y.fleurDeSelKg,
      coarseKg: acc.coarseKg + y.coarseKg,
    }),
    { fleurDeSelKg: 0, coarseKg: 0 },
  );

  return { date, totals, pans: ok, unreachable };
}

export async function closeHarvestDay(pans: string[], date = new Date().toISOString().slice(0, 10)): Promise<string> {
  const report = await collectYields(pans, date);
  await cooperative.submitDaily(report);
  const lines = [
    `Harvest ${date}: ${report.totals.fleurDeSelKg.toFixed(1)} kg fleur de sel, ${report.totals.coarseKg.toFixed(1)} kg coarse`,
  ];
  for (const miss of report.unreachable) {
    lines.push(`  ! ${miss.pan}: ${miss.reason}`);
  }
  return lines.join('\n');
}
