// expect: none
// The rejection assertion is attached to the restock promise before fake timers are advanced, and parallel restocks are awaited together with Promise.all, so no rejection is ever left unobserved.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Supplier {
  quote(herb: string, grams: number): Promise<{ pricePerGram: number; leadDays: number }>;
  order(herb: string, grams: number): Promise<{ orderId: string }>;
}

interface RestockResult {
  herb: string;
  grams: number;
  orderId: string;
  cost: number;
}

class Restocker {
  constructor(
    private readonly supplier: Supplier,
    private readonly budgetPerOrder: number,
    private readonly quoteTimeoutMs = 10_000,
  ) {}

  async restock(herb: string, grams: number): Promise<RestockResult> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`quote for ${herb} timed out`)), this.quoteTimeoutMs);
    });
    try {
      const quote = await Promise.race([this.supplier.quote(herb, grams), timeout]);
      const cost = Math.round(quote.pricePerGram * grams * 100) / 100;
      if (cost > this.budgetPerOrder) {
        throw new Error(`${herb}: ${cost} exceeds budget ${this.budgetPerOrder}`);
      }
      const { orderId } = await this.supplier.order(herb, grams);
      return { herb, grams, orderId, cost };
    } finally {
      clearTimeout(timer);
    }
  }
}

describe('Restocker', () => {
  let supplier: { quote: ReturnType<typeof vi.fn>; order: ReturnType<typeof vi.fn> };
  let restocker: Restocker;

  beforeEach(() => {
    vi.useFakeTimers();
    supplier = {
      quote: vi.fn(async (_herb: string, _grams: number) => ({ pricePerGram: 0.12, leadDays: 3 })),
      order: vi.fn(async (herb: string) => ({ orderId: `PO-${herb.slice(0, 3).toUpperCase()}` })),
    };
    restocker = new Restocker(supplier as unknown as Supplier, 200);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('orders within budget', async () => {
    await expect(restocker.restock('lemon balm', 1_000)).resolves.toEqual({
      herb: 'lemon balm',
      grams: 1_000,
      orderId: 'PO-LEM',
      cost: 120,
    });
  });

  it('refuses orders over budget without placing them', async () => {
    await expect(restocker.restock('saffron', 5_000)).rejects.toThrow(/exceeds budget/);
    expect(supplier.order).not.toHaveBeenCalled();
  });

  it('gives up when the supplier never quotes', async () => {
    supplier.quote.mockImplementation(() => new Promise(() => {}));
    const pending = restocker.restock('yarrow', 250);
    const assertion = expect(pending).rejects.toThrow('quote for yarrow timed out');
    await vi.advanceTimersByTimeAsync(10_000);
    await assertion;
    expect(supplier.order).not.toHaveBeenCalled();
  });

  it('restocks several herbs in parallel', async () => {
    const results = await Promise.all([
      restocker.restock('nettle', 500),
      restocker.restock('calendula', 300),
    ]);
    expect(results.map((r) => r.orderId)).toEqual(['PO-NET', 'PO-CAL']);
    expect(supplier.quote).toHaveBeenCalledTimes(2);
  });
});
