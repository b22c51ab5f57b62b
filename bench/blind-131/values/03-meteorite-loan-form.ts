// expect: no-read-before-settle
// registerLoan sets loanNumber inside the legacy registry's node-style callback but builds and writes the record on the next lines, before the callback has run, so every file is saved as PENDING.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface LoanForm {
  specimen: string;
  borrower: string;
  purpose: 'exhibition' | 'research' | 'education';
  startDate: string;
  endDate: string;
  insuredValueEur: number;
}

export interface LegacyRegistry {
  allocateNumber(specimen: string, callback: (err: Error | null, loanNumber?: string) => void): void;
}

export interface RegisteredLoan extends LoanForm {
  loanNumber: string;
  registeredAt: string;
}

function validate(form: LoanForm): void {
  if (Date.parse(form.endDate) <= Date.parse(form.startDate)) {
    throw new Error(`loan of ${form.specimen} ends before it starts`);
  }
  if (form.purpose === 'research' && form.insuredValueEur > 250_000) {
    throw new Error('research loans above 250k EUR need board approval');
  }
}

export async function registerLoan(registry: LegacyRegistry, form: LoanForm, outDir: string): Promise<RegisteredLoan> {
  validate(form);

  let loanNumber = 'PENDING';
  registry.allocateNumber(form.specimen, (err, allocated) => {
    if (err || !allocated) {
      console.error(`registry could not allocate a number for ${form.specimen}`, err);
      return;
    }
    loanNumber = allocated;
  });

  const record: RegisteredLoan = { ...form, loanNumber, registeredAt: new Date().toISOString() };
  await writeFile(join(outDir, `${loanNumber}.json`), JSON.stringify(record, null, 2), 'utf8');
  return record;
}

export function loanDays(form: LoanForm): number {
  return Math.round((Date.parse(form.endDate) - Date.parse(form.startDate)) / 86_400_000);
}

export function insurancePremium(form: LoanForm): number {
  const rate = form.purpose === 'exhibition' ? 0.0012 : 0.0008;
  return Math.round(form.insuredValueEur * rate * loanDays(form) * 100) / 100;
}
