// expect: no-reused-settled-promise
// renewWithRetry starts the renewal request once before the loop and re-awaits that same rejected promise on each retry, so no second renewal is ever sent.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LoanRenewal {
  loanId: string;
  newDueDate: string;
  approvedBy: string;
}

export interface LoanClient {
  renewLoan(loanId: string, extraDays: number): Promise<LoanRenewal>;
}

export class TransientLoanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientLoanError';
  }
}

function isTransient(err: unknown): boolean {
  if (err instanceof TransientLoanError) return true;
  const code = (err as { code?: string }).code;
  return code === 'ECONNRESET' || code === 'ETIMEDOUT' || code === 'EAI_AGAIN';
}

export async function renewWithRetry(
  client: LoanClient,
  loanId: string,
  extraDays: number,
  attempts = 3,
): Promise<LoanRenewal> {
  const renewal = client.renewLoan(loanId, extraDays);
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await renewal;
    } catch (err) {
      lastError = err;
      if (!isTransient(err)) break;
      await sleep(400 * attempt);
    }
  }
  throw new Error(`could not renew loan ${loanId} by ${extraDays} days`, { cause: lastError });
}

export interface OverdueLoan {
  loanId: string;
  specimen: string;
  daysOverdue: number;
  institution: string;
}

export async function renewOverdue(client: LoanClient, overdue: OverdueLoan[]): Promise<{ renewed: LoanRenewal[]; recall: OverdueLoan[] }> {
  const renewed: LoanRenewal[] = [];
  const recall: OverdueLoan[] = [];
  for (const loan of overdue) {
    if (loan.daysOverdue > 60) {
      recall.push(loan);
      continue;
    }
    try {
      renewed.push(await renewWithRetry(client, loan.loanId, 90));
    } catch {
      recall.push(loan);
    }
  }
  return { renewed, recall };
}
