// expect: none
// Every allSettled result is narrowed on status before .value or .reason is read, and rejected lab results go into the failures list of the report.
export type SyrupGrade = 'golden-delicate' | 'amber-rich' | 'dark-robust' | 'very-dark-strong' | 'processing';

export interface LabResult {
  barrelId: string;
  lightTransmittancePct: number;
  brix: number;
  offFlavour: boolean;
}

export interface GradedBarrel {
  barrelId: string;
  grade: SyrupGrade;
  brix: number;
}

export interface GradingReport {
  graded: GradedBarrel[];
  failures: Array<{ barrelId: string; reason: string }>;
}

declare const lab: {
  analyse(barrelId: string, opts: { timeoutMs: number }): Promise<LabResult>;
};

export function classify(result: LabResult): SyrupGrade {
  if (result.offFlavour || result.brix < 66) return 'processing';
  const t = result.lightTransmittancePct;
  if (t >= 75) return 'golden-delicate';
  if (t >= 50) return 'amber-rich';
  if (t >= 25) return 'dark-robust';
  return 'very-dark-strong';
}

/**
 * Grades a season's barrels for the co-op. A lab timeout on one barrel must
 * not hold up the others; those barrels are listed so they can be re-sampled.
 */
export async function gradeBarrels(barrelIds: string[]): Promise<GradingReport> {
  const settled = await Promise.allSettled(
    barrelIds.map((id) => lab.analyse(id, { timeoutMs: 45_000 })),
  );

  const report: GradingReport = { graded: [], failures: [] };
  settled.forEach((outcome, i) => {
    const barrelId = barrelIds[i];
    if (outcome.status === 'fulfilled') {
      const result = outcome.value;
      report.graded.push({ barrelId, grade: classify(result), brix: result.brix });
    } else {
      const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      report.failures.push({ barrelId, reason });
    }
  });

  report.graded.sort((a, b) => a.barrelId.localeCompare(b.barrelId));
  return report;
}

export function summarise(report: GradingReport): string {
  const counts = new Map<SyrupGrade, number>();
  for (const b of report.graded) counts.set(b.grade, (counts.get(b.grade) ?? 0) + 1);
  const parts = [...counts].map(([grade, n]) => `${grade}: ${n}`);
  if (report.failures.length) parts.push(`re-sample: ${report.failures.map((f) => f.barrelId).join(', ')}`);
  return parts.join('; ');
}
