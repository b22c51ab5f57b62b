// expect: no-unobserved-promise
// The lower absentee bid is stored and only given a handler after the timers are advanced and the winning bid is awaited, so its rejection fires with no handler attached and vitest reports an unhandled rejection.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Lot {
  id: string;
  title: string;
  reserve: number;
}

interface BidLedger {
  record(lotId: string, paddle: number, amount: number): Promise<void>;
  close(): Promise<void>;
}

class AbsenteeDesk {
  private readonly best = new Map<string, number>();

  constructor(private readonly ledger: BidLedger, private readonly confirmDelayMs = 250) {}

  async submit(lot: Lot, paddle: number, amount: number): Promise<number> {
    const current = this.best.get(lot.id) ?? 0;
    if (amount <= current) throw new Error(`paddle ${paddle}: ${amount} is not above ${current}`);
    this.best.set(lot.id, amount);
    await new Promise<void>((resolve) => setTimeout(resolve, this.confirmDelayMs));
    if (this.best.get(lot.id) !== amount) throw new Error(`paddle ${paddle} was outbid on ${lot.id}`);
    await this.ledger.record(lot.id, paddle, amount);
    return amount;
  }

  async close(): Promise<void> {
    await this.ledger.close();
  }
}

describe('AbsenteeDesk', () => {
  const regulator: Lot = { id: 'lot-41', title: 'Vienna regulator, walnut case', reserve: 3_000 };
  let ledger: { record: ReturnType<typeof vi.fn>; close: ReturnType<typeof vi.fn> };
  let desk: AbsenteeDesk;

  beforeEach(() => {
    vi.useFakeTimers();
    ledger = { record: vi.fn().mockResolvedValue(undefined), close: vi.fn().mockResolvedValue(undefined) };
    desk = new AbsenteeDesk(ledger as unknown as BidLedger);
  });

  afterEach(async () => {
    await desk.close();
    vi.useRealTimers();
  });

  it('records a single absentee bid after confirmation', async () => {
    await Promise.all([
      expect(desk.submit(regulator, 12, 3_200)).resolves.toBe(3_200),
      vi.advanceTimersByTimeAsync(250),
    ]);
    expect(ledger.record).toHaveBeenCalledWith('lot-41', 12, 3_200);
  });

  it('rejects a bid that does not beat the standing bid', async () => {
    await Promise.all([
      expect(desk.submit(regulator, 12, 3_200)).resolves.toBe(3_200),
      expect(desk.submit(regulator, 7, 3_100)).rejects.toThrow('is not above 3200'),
      vi.advanceTimersByTimeAsync(250),
    ]);
  });

  it('keeps only the higher of two racing bids', async () => {
    const first = desk.submit(regulator, 12, 3_200);
    const second = desk.submit(regulator, 31, 3_600);
    await vi.advanceTimersByTimeAsync(250);
    await expect(second).resolves.toBe(3_600);
    await expect(first).rejects.toThrow('paddle 12 was outbid');
    expect(ledger.record).toHaveBeenCalledTimes(1);
  });

  it('closes the ledger on teardown', async () => {
    await desk.close();
    expect(ledger.close).toHaveBeenCalled();
  });
});
