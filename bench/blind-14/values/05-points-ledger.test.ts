// expect: no-promise-as-value
// `canRedeem` returns a Promise<boolean>, so assert.ok on the un-awaited promise always passes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface LedgerEntry {
  memberId: string;
  delta: number;
  reason: 'purchase' | 'redemption' | 'expiry' | 'adjustment';
  at: number;
}

class PointsLedger {
  private readonly entries: LedgerEntry[] = [];

  async append(entry: Omit<LedgerEntry, 'at'>): Promise<void> {
    await Promise.resolve();
    this.entries.push({ ...entry, at: Date.now() });
  }

  async balance(memberId: string): Promise<number> {
    await Promise.resolve();
    return this.entries.filter((e) => e.memberId === memberId).reduce((sum, e) => sum + e.delta, 0);
  }

  async canRedeem(memberId: string, points: number): Promise<boolean> {
    return (await this.balance(memberId)) >= points;
  }

  async redeem(memberId: string, points: number): Promise<void> {
    if (!(await this.canRedeem(memberId, points))) {
      throw new Error(`insufficient points for ${memberId}`);
    }
    await this.append({ memberId, delta: -points, reason: 'redemption' });
  }
}

describe('PointsLedger', () => {
  it('accumulates purchases', async () => {
    const ledger = new PointsLedger();
    await ledger.append({ memberId: 'm1', delta: 120, reason: 'purchase' });
    await ledger.append({ memberId: 'm1', delta: 80, reason: 'purchase' });
    assert.equal(await ledger.balance('m1'), 200);
  });

  it('refuses redemption beyond the balance', async () => {
    const ledger = new PointsLedger();
    await ledger.append({ memberId: 'm2', delta: 50, reason: 'purchase' });
    await assert.rejects(() => ledger.redeem('m2', 75), /insufficient points/);
    assert.equal(await ledger.balance('m2'), 50);
  });

  it('allows redemption after an adjustment tops the member up', async () => {
    const ledger = new PointsLedger();
    await ledger.append({ memberId: 'm3', delta: 40, reason: 'purchase' });
    await ledger.append({ memberId: 'm3', delta: 60, reason: 'adjustment' });
    assert.ok(ledger.canRedeem('m3', 100));
    await ledger.redeem('m3', 100);
    assert.equal(await ledger.balance('m3'), 0);
  });

  it('expiry reduces the balance', async () => {
    const ledger = new PointsLedger();
    await ledger.append({ memberId: 'm4', delta: 300, reason: 'purchase' });
    await ledger.append({ memberId: 'm4', delta: -100, reason: 'expiry' });
    assert.equal(await ledger.balance('m4'), 200);
  });
});
