// expect: no-uncalled-async-function
// The `.then(() => ledger.pointsBalance)` callback returns the async method itself instead of calling it, so `balance` is a function, not a number.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type LedgerEvent =
  | { kind: 'earn'; memberId: string; points: number; orderId: string }
  | { kind: 'redeem'; memberId: string; points: number; rewardId: string }
  | { kind: 'expire'; memberId: string; points: number };

class InMemoryLedger {
  private entries: LedgerEvent[] = [];

  constructor(private readonly memberId: string) {}

  async apply(event: LedgerEvent): Promise<void> {
    if (event.memberId !== this.memberId) throw new Error('member mismatch');
    if (event.kind === 'redeem' && event.points > (await this.pointsBalance())) {
      throw new Error('insufficient points');
    }
    this.entries.push(event);
  }

  async applyAll(events: LedgerEvent[]): Promise<void> {
    for (const e of events) await this.apply(e);
  }

  async pointsBalance(): Promise<number> {
    return this.entries.reduce((sum, e) => (e.kind === 'earn' ? sum + e.points : sum - e.points), 0);
  }

  async history(): Promise<LedgerEvent[]> {
    return [...this.entries];
  }
}

describe('loyalty ledger', () => {
  let ledger: InMemoryLedger;

  beforeEach(() => {
    ledger = new InMemoryLedger('m-1042');
  });

  it('adds earned points', async () => {
    await ledger.apply({ kind: 'earn', memberId: 'm-1042', points: 120, orderId: 'o-1' });
    assert.equal(await ledger.pointsBalance(), 120);
  });

  it('nets redemptions and expiries against earnings', async () => {
    const events: LedgerEvent[] = [
      { kind: 'earn', memberId: 'm-1042', points: 300, orderId: 'o-2' },
      { kind: 'redeem', memberId: 'm-1042', points: 100, rewardId: 'r-coffee' },
      { kind: 'expire', memberId: 'm-1042', points: 50 },
    ];
    const balance = await ledger.applyAll(events).then(() => ledger.pointsBalance);
    assert.equal(balance, 150);
    assert.equal((await ledger.history()).length, 3);
  });

  it('rejects redemptions above the balance', async () => {
    await ledger.apply({ kind: 'earn', memberId: 'm-1042', points: 40, orderId: 'o-3' });
    await assert.rejects(() => ledger.apply({ kind: 'redeem', memberId: 'm-1042', points: 80, rewardId: 'r-meal' }), /insufficient points/);
    assert.equal(await ledger.pointsBalance(), 40);
  });

  it('refuses events for another member', async () => {
    await assert.rejects(ledger.apply({ kind: 'expire', memberId: 'm-9999', points: 10 }), /member mismatch/);
  });
});
