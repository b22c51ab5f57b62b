// expect: none
// BidWindow's deferred is only settled from close() or withdraw(), both of which check and set the closed flag and clear the deadline timer, so a hammer and the deadline can never both settle it.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Bid {
  paddle: number;
  amount: number;
}

interface LotOutcome {
  lotId: string;
  winner: Bid | null;
  reason: 'hammer' | 'deadline';
}

class BidWindow {
  private readonly bids: Bid[] = [];
  private readonly deferred = Promise.withResolvers<LotOutcome>();
  private readonly timer: ReturnType<typeof setTimeout>;
  private closed = false;

  constructor(readonly lotId: string, readonly reserve: number, durationMs: number) {
    this.timer = setTimeout(() => this.close('deadline'), durationMs);
  }

  get outcome(): Promise<LotOutcome> {
    return this.deferred.promise;
  }

  place(bid: Bid): boolean {
    if (this.closed) return false;
    const top = this.bids.at(-1);
    if (top && bid.amount <= top.amount) return false;
    this.bids.push(bid);
    return true;
  }

  hammer(): void {
    this.close('hammer');
  }

  withdraw(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    this.deferred.reject(new Error(`lot ${this.lotId} withdrawn: ${reason}`));
  }

  private close(reason: LotOutcome['reason']): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    const top = this.bids.at(-1) ?? null;
    const winner = top && top.amount >= this.reserve ? top : null;
    this.deferred.resolve({ lotId: this.lotId, winner, reason });
  }
}

describe('BidWindow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('sells to the highest bid above reserve when the hammer falls', async () => {
    const lot = new BidWindow('P-114 Paphiopedilum rothschildianum', 400, 60_000);
    expect(lot.place({ paddle: 12, amount: 380 })).toBe(true);
    expect(lot.place({ paddle: 31, amount: 450 })).toBe(true);
    expect(lot.place({ paddle: 12, amount: 440 })).toBe(false);
    lot.hammer();
    await expect(lot.outcome).resolves.toEqual({
      lotId: 'P-114 Paphiopedilum rothschildianum',
      winner: { paddle: 31, amount: 450 },
      reason: 'hammer',
    });
  });

  it('passes the lot at the deadline when the reserve is not met', async () => {
    const lot = new BidWindow('D-07 Dendrobium cuthbertsonii', 120, 30_000);
    lot.place({ paddle: 4, amount: 95 });
    await vi.advanceTimersByTimeAsync(30_000);
    const outcome = await lot.outcome;
    expect(outcome.reason).toBe('deadline');
    expect(outcome.winner).toBeNull();
  });

  it('ignores a late hammer after the deadline closed the lot', async () => {
    const lot = new BidWindow('M-22 Masdevallia veitchiana', 50, 10_000);
    lot.place({ paddle: 8, amount: 70 });
    await vi.advanceTimersByTimeAsync(10_000);
    lot.hammer();
    expect(lot.place({ paddle: 9, amount: 90 })).toBe(false);
    await expect(lot.outcome).resolves.toMatchObject({ reason: 'deadline', winner: { paddle: 8 } });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects the outcome when the consignor withdraws the plant', async () => {
    const lot = new BidWindow('C-03 Cattleya walkeriana', 200, 60_000);
    const assertion = expect(lot.outcome).rejects.toThrow(/withdrawn: CITES paperwork missing/);
    lot.withdraw('CITES paperwork missing');
    lot.hammer();
    await assertion;
    expect(vi.getTimerCount()).toBe(0);
  });
});
