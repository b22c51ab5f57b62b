// expect: none
// Every Promise.allSettled result is inspected: fulfilled returns are recorded and rejected ones are collected and raised as an AggregateError, so no failed specimen check-in goes unnoticed.
export interface LoanItem {
  accession: string;
  borrowingInstitution: string;
  dueBack: Date;
}

export interface ConditionReport {
  accession: string;
  grade: 'A' | 'B' | 'C' | 'D';
  pestDamage: boolean;
}

export interface ConservationLab {
  inspect(accession: string): Promise<ConditionReport>;
}

export interface Catalogue {
  recordReturn(report: ConditionReport, returnedAt: Date): Promise<void>;
  quarantine(accession: string): Promise<void>;
}

export class LoanReturnError extends AggregateError {
  constructor(
    errors: unknown[],
    readonly failedAccessions: string[],
  ) {
    super(errors, `${failedAccessions.length} returned specimen(s) could not be checked in: ${failedAccessions.join(', ')}`);
    this.name = 'LoanReturnError';
  }
}

export async function checkInReturnedLoan(lab: ConservationLab, catalogue: Catalogue, crate: LoanItem[]): Promise<ConditionReport[]> {
  const returnedAt = new Date();

  const results = await Promise.allSettled(
    crate.map(async (item) => {
      const report = await lab.inspect(item.accession);
      if (report.pestDamage) await catalogue.quarantine(item.accession);
      await catalogue.recordReturn(report, returnedAt);
      return report;
    }),
  );

  const reports: ConditionReport[] = [];
  const errors: unknown[] = [];
  const failed: string[] = [];

  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      reports.push(result.value);
    } else {
      errors.push(result.reason);
      failed.push(crate[i]?.accession ?? `#${i}`);
    }
  });

  if (errors.length > 0) {
    throw new LoanReturnError(errors, failed);
  }
  return reports;
}

export function overdue(crate: LoanItem[], now = new Date()): LoanItem[] {
  return crate.filter((item) => item.dueBack.getTime() < now.getTime());
}
