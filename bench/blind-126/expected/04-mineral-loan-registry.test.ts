// expect: no-uncalled-async-function
// The after hook awaits registry.close without calling it, so the audit trail is never flushed and the registry stays open when the suite finishes.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface AuditSink {
  write(lines: string[]): Promise<void>;
}

interface LoanEntry {
  loanId: string;
  catalogueNos: string[];
  borrower: string;
  outbound: string;
  due: string;
}

class LoanRegistry {
  private readonly loans = new Map<string, LoanEntry>();
  private pendingAudit: string[] = [];
  private opened = false;

  constructor(private readonly audit: AuditSink) {}

  async open(): Promise<void> {
    await this.audit.write([`registry opened ${new Date(0).toISOString()}`]);
    this.opened = true;
  }

  register(entry: LoanEntry): void {
    if (!this.opened) throw new Error('registry is not open');
    for (const existing of this.loans.values()) {
      const clash = existing.catalogueNos.find((no) => entry.catalogueNos.includes(no));
      if (clash && existing.due > entry.outbound) {
        throw new Error(`${clash} is still out on loan ${existing.loanId} until ${existing.due}`);
      }
    }
    this.loans.set(entry.loanId, entry);
    this.pendingAudit.push(`registered ${entry.loanId} to ${entry.borrower}`);
  }

  onLoan(catalogueNo: string, date: string): LoanEntry | undefined {
    return [...this.loans.values()].find((l) => l.catalogueNos.includes(catalogueNo) && l.outbound <= date && date < l.due);
  }

  async close(): Promise<void> {
    if (this.pendingAudit.length > 0) {
      await this.audit.write(this.pendingAudit);
      this.pendingAudit = [];
    }
    this.opened = false;
  }
}

describe('LoanRegistry', () => {
  const written: string[][] = [];
  const registry = new LoanRegistry({
    async write(lines) {
      written.push([...lines]);
    },
  });

  before(async () => {
    await registry.open();
    registry.register({
      loanId: 'L-2024-031',
      catalogueNos: ['MIN-0412', 'MIN-0977'],
      borrower: 'Freiberg Terra Mineralia',
      outbound: '2024-03-01',
      due: '2024-09-01',
    });
  });

  after(async () => {
    await registry.close;
  });

  test('finds which loan a specimen is out on', () => {
    assert.equal(registry.onLoan('MIN-0977', '2024-05-15')?.loanId, 'L-2024-031');
    assert.equal(registry.onLoan('MIN-0977', '2024-10-01'), undefined);
  });

  test('refuses a loan that overlaps an existing one', () => {
    assert.throws(
      () =>
        registry.register({
          loanId: 'L-2024-044',
          catalogueNos: ['MIN-0412'],
          borrower: 'Smithsonian NMNH',
          outbound: '2024-06-01',
          due: '2024-12-01',
        }),
      /MIN-0412 is still out on loan L-2024-031/,
    );
  });

  test('accepts a loan that starts after the previous one is due back', () => {
    registry.register({
      loanId: 'L-2024-052',
      catalogueNos: ['MIN-0412'],
      borrower: 'Musée de Minéralogie',
      outbound: '2024-09-15',
      due: '2025-01-15',
    });
    assert.equal(registry.onLoan('MIN-0412', '2024-10-01')?.borrower, 'Musée de Minéralogie');
  });

  test('records the opening in the audit trail', () => {
    assert.match(written[0][0], /^registry opened/);
  });
});
