// expect: none
// Each settle() promise gets its expect(...).resolves/rejects handler attached before the test awaits the fake-timer advance.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type InvoiceStatus = 'pending' | 'paid' | 'declined';

interface PaymentGateway {
  status(invoiceId: string): Promise<InvoiceStatus>;
}

interface SoldLot {
  lotId: string;
  invoiceId: string;
  hammerPrice: number;
  buyerPremiumRate: number;
}

interface Receipt {
  lotId: string;
  total: number;
  settledAt: number;
}

class SettlementDesk {
  constructor(
    private readonly gateway: PaymentGateway,
    private readonly graceMs: number,
    private readonly pollMs = 1_000,
  ) {}

  async settle(lot: SoldLot): Promise<Receipt> {
    const deadline = Date.now() + this.graceMs;
    for (;;) {
      const status = await this.gateway.status(lot.invoiceId);
      if (status === 'paid') {
        const total = Math.round(lot.hammerPrice * (1 + lot.buyerPremiumRate));
        return { lotId: lot.lotId, total, settledAt: Date.now() };
      }
      if (status === 'declined') throw new Error(`invoice ${lot.invoiceId} declined`);
      if (Date.now() >= deadline) throw new Error(`invoice ${lot.invoiceId} unpaid after grace period`);
      await new Promise((resolve) => setTimeout(resolve, this.pollMs));
    }
  }
}

const lot: SoldLot = { lotId: 'longcase-42', invoiceId: 'inv-9001', hammerPrice: 8_000, buyerPremiumRate: 0.25 };

describe('SettlementDesk', () => {
  const status = vi.fn<(invoiceId: string) => Promise<InvoiceStatus>>();
  let desk: SettlementDesk;

  beforeEach(() => {
    vi.useFakeTimers();
    status.mockReset();
    desk = new SettlementDesk({ status }, 30_000);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('issues a receipt including buyer premium once paid', async () => {
    status.mockResolvedValue('paid');
    await expect(desk.settle(lot)).resolves.toMatchObject({ lotId: 'longcase-42', total: 10_000 });
  });

  it('keeps polling while the invoice is pending', async () => {
    status.mockResolvedValueOnce('pending').mockResolvedValueOnce('pending').mockResolvedValue('paid');
    const receipt = expect(desk.settle(lot)).resolves.toMatchObject({ total: 10_000 });
    await vi.advanceTimersByTimeAsync(2_000);
    await receipt;
    expect(status).toHaveBeenCalledTimes(3);
  });

  it('fails when the card is declined', async () => {
    status.mockResolvedValue('declined');
    await expect(desk.settle(lot)).rejects.toThrow('declined');
  });

  it('gives up after the grace period', async () => {
    status.mockResolvedValue('pending');
    const outcome = expect(desk.settle(lot)).rejects.toThrow(/grace period/);
    await vi.advanceTimersByTimeAsync(31_000);
    await outcome;
  });
});
