// expect: no-promise-as-value
// The close-shift test passes ledger.isBalanced(...) (a Promise) to assert.ok without await, so the assertion always passes.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface RivetEntry {
  shiftId: string;
  section: string;
  driven: number;
  rejected: number;
  drilledOut: number;
}

class RivetLedger {
  private readonly entries: RivetEntry[] = [];
  private readonly closed = new Set<string>();
  private readonly issued = new Map<string, number>();

  async issue(shiftId: string, rivets: number): Promise<void> {
    await Promise.resolve();
    this.issued.set(shiftId, (this.issued.get(shiftId) ?? 0) + rivets);
  }

  async append(entry: RivetEntry): Promise<void> {
    await Promise.resolve();
    if (this.closed.has(entry.shiftId)) throw new Error(`shift ${entry.shiftId} is closed`);
    this.entries.push(entry);
  }

  async close(shiftId: string): Promise<void> {
    await Promise.resolve();
    this.closed.add(shiftId);
  }

  async isBalanced(shiftId: string): Promise<boolean> {
    await Promise.resolve();
    // Every issued rivet is either driven (and not drilled out) or returned as rejected.
    const used = this.entries
      .filter((e) => e.shiftId === shiftId)
      .reduce((n, e) => n + e.driven + e.rejected, 0);
    return used === (this.issued.get(shiftId) ?? 0);
  }

  async netDriven(shiftId: string, section: string): Promise<number> {
    await Promise.resolve();
    return this.entries
      .filter((e) => e.shiftId === shiftId && e.section === section)
      .reduce((n, e) => n + e.driven - e.drilledOut, 0);
  }
}

describe('RivetLedger', () => {
  let ledger: RivetLedger;

  beforeEach(async () => {
    ledger = new RivetLedger();
    await ledger.issue('2024-03-11-06', 1200);
  });

  it('nets drilled-out rivets against driven ones', async () => {
    await ledger.append({ shiftId: '2024-03-11-06', section: 'B14', driven: 400, rejected: 6, drilledOut: 11 });
    await ledger.append({ shiftId: '2024-03-11-06', section: 'B14', driven: 310, rejected: 2, drilledOut: 0 });
    assert.equal(await ledger.netDriven('2024-03-11-06', 'B14'), 699);
  });

  it('balances once every issued rivet is accounted for', async () => {
    await ledger.append({ shiftId: '2024-03-11-06', section: 'B14', driven: 700, rejected: 12, drilledOut: 3 });
    await ledger.append({ shiftId: '2024-03-11-06', section: 'B15', driven: 480, rejected: 8, drilledOut: 0 });
    await ledger.close('2024-03-11-06');
    assert.ok(ledger.isBalanced('2024-03-11-06'), 'ledger should balance after the shift closes');
  });

  it('refuses entries after the shift is closed', async () => {
    await ledger.close('2024-03-11-06');
    await assert.rejects(
      ledger.append({ shiftId: '2024-03-11-06', section: 'B15', driven: 5, rejected: 0, drilledOut: 0 }),
      /is closed/,
    );
  });

  it('is unbalanced while rivets are still out on the floor', async () => {
    await ledger.append({ shiftId: '2024-03-11-06', section: 'B14', driven: 300, rejected: 0, drilledOut: 0 });
    assert.equal(await ledger.isBalanced('2024-03-11-06'), false);
  });
});
