// expect: no-floating-promises
// The 'overdue' listener is an async function whose promise EventEmitter throws away, so when the partner library's notice endpoint rejects the error escapes as an unhandled rejection and the loan is never escalated.
import { EventEmitter } from 'node:events';

export interface BorrowedItem {
  loanId: string;
  title: string;
  lendingLibrary: string;
  patronEmail: string;
  dueDate: Date;
  renewals: number;
}

export interface PartnerGateway {
  requestRenewal(lendingLibrary: string, loanId: string): Promise<{ granted: boolean; newDue?: Date }>;
}

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
}

const MAX_RENEWALS = 2;
const DAY_MS = 86_400_000;

export class OverdueWatcher extends EventEmitter {
  private readonly escalated = new Set<string>();

  constructor(
    private readonly partners: PartnerGateway,
    private readonly mailer: Mailer,
  ) {
    super();
    this.on('overdue', async (item: BorrowedItem) => {
      if (item.renewals < MAX_RENEWALS) {
        const answer = await this.partners.requestRenewal(item.lendingLibrary, item.loanId);
        if (answer.granted && answer.newDue) {
          item.dueDate = answer.newDue;
          item.renewals += 1;
          await this.mailer.send(item.patronEmail, `Renewed: ${item.title}`, `New due date ${answer.newDue.toDateString()}.`);
          return;
        }
      }
      this.escalated.add(item.loanId);
      await this.mailer.send(
        item.patronEmail,
        `Overdue interlibrary loan: ${item.title}`,
        `${item.lendingLibrary} needs this item back. Please return it to any branch.`,
      );
    });
  }

  sweep(items: BorrowedItem[], now = new Date()): number {
    let count = 0;
    for (const item of items) {
      const lateDays = Math.floor((now.getTime() - item.dueDate.getTime()) / DAY_MS);
      if (lateDays >= 1 && !this.escalated.has(item.loanId)) {
        this.emit('overdue', item);
        count += 1;
      }
    }
    return count;
  }

  isEscalated(loanId: string): boolean {
    return this.escalated.has(loanId);
  }
}
