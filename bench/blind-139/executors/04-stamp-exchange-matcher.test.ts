// expect: no-multiple-settle
// The waitForOpenOffers helper resolves from inside a setInterval callback that is never cleared, so it keeps calling resolve on every tick after the first match.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface StampOffer {
  id: string;
  catalogue: string;
  owner: string;
  wants: string[];
}

class StampExchange {
  private offers = new Map<string, StampOffer>();
  private trades: Array<[string, string]> = [];

  post(offer: StampOffer): void {
    this.offers.set(offer.id, offer);
    setTimeout(() => this.match(), 25);
  }

  openOffers(): number {
    return this.offers.size;
  }

  completedTrades(): ReadonlyArray<[string, string]> {
    return this.trades;
  }

  private match(): void {
    const all = [...this.offers.values()];
    for (const a of all) {
      const b = all.find((o) => o !== a && a.wants.includes(o.catalogue) && o.wants.includes(a.catalogue));
      if (b && this.offers.has(a.id) && this.offers.has(b.id)) {
        this.offers.delete(a.id);
        this.offers.delete(b.id);
        this.trades.push([a.id, b.id]);
      }
    }
  }
}

function waitForOpenOffers(exchange: StampExchange, count: number, pollMs = 10): Promise<number> {
  return new Promise<number>((resolve) => {
    setInterval(() => {
      if (exchange.openOffers() === count) {
        resolve(exchange.openOffers());
      }
    }, pollMs);
  });
}

describe('StampExchange', () => {
  let exchange: StampExchange;

  beforeEach(() => {
    vi.useFakeTimers();
    exchange = new StampExchange();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('pairs two collectors who want each other\'s stamps', async () => {
    exchange.post({ id: 'o1', catalogue: 'SG-1', owner: 'ada', wants: ['SG-77'] });
    exchange.post({ id: 'o2', catalogue: 'SG-77', owner: 'bo', wants: ['SG-1'] });

    const settled = waitForOpenOffers(exchange, 0);
    await vi.advanceTimersByTimeAsync(50);

    await expect(settled).resolves.toBe(0);
    expect(exchange.completedTrades()).toEqual([['o1', 'o2']]);
  });

  it('leaves unmatched offers open', async () => {
    exchange.post({ id: 'o1', catalogue: 'SG-1', owner: 'ada', wants: ['SG-77'] });
    exchange.post({ id: 'o3', catalogue: 'SG-12', owner: 'cy', wants: ['SG-2'] });

    const settled = waitForOpenOffers(exchange, 2);
    await vi.advanceTimersByTimeAsync(50);

    await expect(settled).resolves.toBe(2);
    expect(exchange.completedTrades()).toHaveLength(0);
  });
});
