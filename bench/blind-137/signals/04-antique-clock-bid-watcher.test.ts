// expect: none
// watchBids forwards its signal to every request and to the abortable sleep, and rethrows whenever the signal has been aborted.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Bid {
  seq: number;
  paddle: number;
  amount: number;
}

interface BidClient {
  listBids(lotId: string, options: { since: number; signal: AbortSignal }): Promise<Bid[]>;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

async function watchBids(
  client: BidClient,
  lotId: string,
  onBid: (bid: Bid) => void,
  { signal, intervalMs = 2_000, maxFailures = 3 }: { signal: AbortSignal; intervalMs?: number; maxFailures?: number },
): Promise<never> {
  let since = 0;
  let failures = 0;
  for (;;) {
    try {
      const bids = await client.listBids(lotId, { since, signal });
      failures = 0;
      for (const bid of bids) {
        since = Math.max(since, bid.seq);
        onBid(bid);
      }
    } catch (err) {
      if (signal.aborted) throw err;
      failures += 1;
      if (failures >= maxFailures) throw err;
    }
    await sleep(intervalMs, signal);
  }
}

describe('watchBids', () => {
  const listBids = vi.fn<BidClient['listBids']>();
  let controller: AbortController;

  beforeEach(() => {
    vi.useFakeTimers();
    listBids.mockReset();
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('delivers new bids and stops with an AbortError when cancelled', async () => {
    listBids
      .mockResolvedValueOnce([{ seq: 1, paddle: 7, amount: 400 }])
      .mockResolvedValueOnce([{ seq: 2, paddle: 19, amount: 450 }])
      .mockResolvedValue([]);
    const seen: number[] = [];
    const outcome = expect(
      watchBids({ listBids }, 'carriage-clock-3', (b) => seen.push(b.amount), { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });

    await vi.advanceTimersByTimeAsync(4_100);
    controller.abort();
    await outcome;

    expect(seen).toEqual([400, 450]);
    expect(listBids).toHaveBeenLastCalledWith('carriage-clock-3', { since: 2, signal: controller.signal });
  });

  it('gives up after consecutive failures', async () => {
    listBids.mockRejectedValue(new Error('503 from saleroom'));
    const outcome = expect(
      watchBids({ listBids }, 'carriage-clock-3', () => {}, { signal: controller.signal, intervalMs: 100 }),
    ).rejects.toThrow('503 from saleroom');
    await vi.advanceTimersByTimeAsync(300);
    await outcome;
    expect(listBids).toHaveBeenCalledTimes(3);
  });
});
