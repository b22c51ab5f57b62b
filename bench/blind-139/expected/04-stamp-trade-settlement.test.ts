// expect: no-reused-settled-promise
// waitForSettlement calls escrow.status() once and re-awaits that same settled promise on every poll, so it keeps seeing the first status and never notices the trade settling.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type TradeStatus = 'pending' | 'in-transit' | 'settled' | 'disputed';

interface Escrow {
  status(tradeId: string): Promise<TradeStatus>;
}

class SettlementTimeoutError extends Error {
  constructor(tradeId: string, last: TradeStatus) {
    super(`trade ${tradeId} still ${last} after polling`);
    this.name = 'SettlementTimeoutError';
  }
}

async function waitForSettlement(
  escrow: Escrow,
  tradeId: string,
  { intervalMs = 1_000, maxPolls = 10 } = {},
): Promise<TradeStatus> {
  const check = escrow.status(tradeId);
  let last: TradeStatus = 'pending';
  for (let poll = 0; poll < maxPolls; poll++) {
    last = await check;
    if (last === 'settled' || last === 'disputed') return last;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new SettlementTimeoutError(tradeId, last);
}

describe('waitForSettlement', () => {
  let escrow: { status: ReturnType<typeof vi.fn<(tradeId: string) => Promise<TradeStatus>>> };

  beforeEach(() => {
    vi.useFakeTimers();
    escrow = { status: vi.fn<(tradeId: string) => Promise<TradeStatus>>() };
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns immediately when the trade is already settled', async () => {
    escrow.status.mockResolvedValue('settled');
    await expect(waitForSettlement(escrow, 'T-100')).resolves.toBe('settled');
  });

  it('reports a dispute as a final state', async () => {
    escrow.status.mockResolvedValue('disputed');
    await expect(waitForSettlement(escrow, 'T-101')).resolves.toBe('disputed');
  });

  it('gives up after the configured number of polls', async () => {
    escrow.status.mockResolvedValue('in-transit');
    const pending = waitForSettlement(escrow, 'T-102', { intervalMs: 100, maxPolls: 3 });
    const assertion = expect(pending).rejects.toBeInstanceOf(SettlementTimeoutError);
    await vi.advanceTimersByTimeAsync(300);
    await assertion;
  });
});
