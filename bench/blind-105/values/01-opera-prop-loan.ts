// expect: no-promise-as-value
// The audit payload nests this.locateProp(propId), an unawaited promise, so JSON.stringify writes the shelf location as {} and the loan record sent to the touring company never says where the prop came from.
export interface ShelfLocation {
  aisle: string;
  bay: number;
  level: 'floor' | 'mezzanine' | 'high-rack';
}

export interface Loan {
  loanId: string;
  propId: string;
  borrower: string;
  dueBack: string;
}

export interface LocationIndex {
  find(propId: string): Promise<ShelfLocation | null>;
}

export interface AuditSink {
  write(line: string): Promise<void>;
}

export class LoanDesk {
  private readonly open = new Map<string, Loan>();
  private seq = 0;

  constructor(private readonly index: LocationIndex, private readonly audit: AuditSink) {}

  private async locateProp(propId: string): Promise<string> {
    const loc = await this.index.find(propId);
    return loc ? `${loc.aisle}-${String(loc.bay).padStart(2, '0')} (${loc.level})` : 'unshelved';
  }

  private record(kind: 'loan-out' | 'loan-return', data: Record<string, unknown>): Promise<void> {
    return this.audit.write(JSON.stringify({ kind, at: new Date().toISOString(), ...data }));
  }

  async lend(propId: string, borrower: string, days: number): Promise<Loan> {
    if ([...this.open.values()].some((l) => l.propId === propId)) {
      throw new Error(`prop ${propId} is already out on loan`);
    }
    const dueBack = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const loan: Loan = { loanId: `L${++this.seq}`, propId, borrower, dueBack };
    this.open.set(loan.loanId, loan);

    await this.record('loan-out', {
      loanId: loan.loanId,
      propId,
      borrower,
      dueBack,
      location: this.locateProp(propId),
    });
    return loan;
  }

  async receiveBack(loanId: string): Promise<void> {
    const loan = this.open.get(loanId);
    if (!loan) throw new Error(`unknown loan ${loanId}`);
    this.open.delete(loanId);
    await this.record('loan-return', { loanId, propId: loan.propId, borrower: loan.borrower });
  }

  overdue(today: string): Loan[] {
    return [...this.open.values()].filter((l) => l.dueBack < today);
  }
}
