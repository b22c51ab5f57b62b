// expect: no-reused-settled-promise
// withOneRetry receives an already-started promise and its catch handler waits and then returns that same rejected promise, so the "retry" just re-delivers the first failure and the renewal is never re-sent to the lending library.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RenewalAnswer {
  loanId: string;
  granted: boolean;
  newDueDate?: string;
  message?: string;
}

export interface LendingGateway {
  renew(lendingLibrary: string, loanId: string): Promise<RenewalAnswer>;
  recall(lendingLibrary: string, loanId: string): Promise<void>;
}

export interface ActiveLoan {
  loanId: string;
  lendingLibrary: string;
  title: string;
  dueDate: string;
  renewals: number;
}

export class RenewalService {
  constructor(
    private readonly gateway: LendingGateway,
    private readonly retryDelayMs = 1500,
    private readonly log: (msg: string) => void = console.warn,
  ) {}

  private withOneRetry<T>(attempt: Promise<T>, label: string): Promise<T> {
    return attempt.catch(async (err: unknown) => {
      this.log(`${label} failed (${err instanceof Error ? err.message : String(err)}), retrying once`);
      await sleep(this.retryDelayMs);
      return attempt;
    });
  }

  async renew(loan: ActiveLoan): Promise<ActiveLoan> {
    if (loan.renewals >= 2) {
      throw new Error(`"${loan.title}" has used both renewals; return it to ${loan.lendingLibrary}`);
    }
    const answer = await this.withOneRetry(
      this.gateway.renew(loan.lendingLibrary, loan.loanId),
      `renewal of ${loan.loanId}`,
    );
    if (!answer.granted || !answer.newDueDate) {
      throw new Error(`${loan.lendingLibrary} declined renewal: ${answer.message ?? 'no reason given'}`);
    }
    return { ...loan, dueDate: answer.newDueDate, renewals: loan.renewals + 1 };
  }

  async renewAll(loans: ActiveLoan[]): Promise<{ renewed: ActiveLoan[]; declined: string[] }> {
    const renewed: ActiveLoan[] = [];
    const declined: string[] = [];
    for (const loan of loans) {
      try {
        renewed.push(await this.renew(loan));
      } catch (err) {
        declined.push(`${loan.loanId}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    return { renewed, declined };
  }
}
