// expect: no-multiple-settle
// waitForHammer resolves on the hammer event without clearing the stall timer, so the same promise is later rejected too.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface HammerEvent {
  lotId: string;
  price: number;
  paddle: number;
}

class AuctionLot {
  private readonly events = new EventEmitter();
  private readonly bids: Array<{ paddle: number; amount: number }> = [];

  constructor(
    readonly lotId: string,
    readonly reserve: number,
  ) {}

  bid(paddle: number, amount: number): void {
    const top = this.bids.at(-1)?.amount ?? 0;
    if (amount <= top) throw new RangeError(`bid ${amount} does not beat ${top}`);
    this.bids.push({ paddle, amount });
  }

  fallHammer(): void {
    const top = this.bids.at(-1);
    if (!top || top.amount < this.reserve) {
      this.events.emit('passed', this.lotId);
      return;
    }
    this.events.emit('hammer', { lotId: this.lotId, price: top.amount, paddle: top.paddle });
  }

  waitForHammer(stallMs: number): Promise<HammerEvent> {
    return new Promise((resolve, reject) => {
      const onHammer = (event: HammerEvent) => {
        this.events.off('passed', onPassed);
        resolve(event);
      };
      const onPassed = () => {
        clearTimeout(timer);
        this.events.off('hammer', onHammer);
        reject(new Error(`lot ${this.lotId} passed`));
      };
      const timer = setTimeout(() => {
        this.events.off('hammer', onHammer);
        this.events.off('passed', onPassed);
        reject(new Error(`lot ${this.lotId} stalled after ${stallMs}ms`));
      }, stallMs);
      this.events.once('hammer', onHammer);
      this.events.once('passed', onPassed);
    });
  }
}

describe('AuctionLot.waitForHammer', () => {
  let lot: AuctionLot;

  beforeEach(() => {
    vi.useFakeTimers();
    lot = new AuctionLot('bracket-clock-1789', 1200);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the winning paddle when the hammer falls', async () => {
    const outcome = expect(lot.waitForHammer(30_000)).resolves.toEqual({
      lotId: 'bracket-clock-1789',
      price: 1350,
      paddle: 22,
    });
    lot.bid(14, 1100);
    lot.bid(22, 1350);
    lot.fallHammer();
    await outcome;
  });

  it('rejects when the reserve is not met', async () => {
    const outcome = expect(lot.waitForHammer(30_000)).rejects.toThrow('passed');
    lot.bid(14, 900);
    lot.fallHammer();
    await outcome;
  });

  it('rejects when bidding stalls', async () => {
    const outcome = expect(lot.waitForHammer(5_000)).rejects.toThrow(/stalled/);
    lot.bid(3, 1500);
    await vi.advanceTimersByTimeAsync(5_001);
    await outcome;
  });

  it('refuses bids that do not beat the current top bid', () => {
    lot.bid(1, 1300);
    expect(() => lot.bid(2, 1300)).toThrow(RangeError);
  });
});
