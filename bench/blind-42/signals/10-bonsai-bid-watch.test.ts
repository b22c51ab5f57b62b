// expect: none
// nextBidOrClose races two events.once waits that share a controller aborted in finally, so the losing listener is always removed, and the caller's signal is linked in.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Bid {
  lotId: string;
  paddle: number;
  usd: number;
}

type WatchOutcome = { kind: 'bid'; bid: Bid } | { kind: 'closed'; hammerUsd: number | null };

export async function nextBidOrClose(auction: EventEmitter, lotId: string, signal?: AbortSignal): Promise<WatchOutcome> {
  const local = new AbortController();
  const combined = signal ? AbortSignal.any([signal, local.signal]) : local.signal;
  try {
    return await Promise.race([
      once(auction, `bid:${lotId}`, { signal: combined }).then(([bid]): WatchOutcome => ({ kind: 'bid', bid: bid as Bid })),
      once(auction, `closed:${lotId}`, { signal: combined }).then(
        ([hammerUsd]): WatchOutcome => ({ kind: 'closed', hammerUsd: (hammerUsd as number | null) ?? null }),
      ),
    ]);
  } finally {
    // Whichever event lost the race must not keep a listener on the auction floor.
    local.abort();
  }
}

describe('nextBidOrClose', () => {
  let floor: EventEmitter;

  beforeEach(() => {
    floor = new EventEmitter();
  });

  it('resolves with the next bid on the lot', async () => {
    const watching = nextBidOrClose(floor, 'lot-17');
    floor.emit('bid:lot-17', { lotId: 'lot-17', paddle: 204, usd: 3_100 });
    expect(await watching).toEqual({ kind: 'bid', bid: { lotId: 'lot-17', paddle: 204, usd: 3_100 } });
  });

  it('resolves with the hammer price when the lot closes first', async () => {
    const watching = nextBidOrClose(floor, 'lot-9');
    floor.emit('closed:lot-9', 12_500);
    expect(await watching).toEqual({ kind: 'closed', hammerUsd: 12_500 });
  });

  it('leaves no listeners behind once settled', async () => {
    const watching = nextBidOrClose(floor, 'lot-3');
    floor.emit('bid:lot-3', { lotId: 'lot-3', paddle: 11, usd: 900 });
    await watching;
    expect(floor.listenerCount('bid:lot-3')).toBe(0);
    expect(floor.listenerCount('closed:lot-3')).toBe(0);
  });

  it('rejects and cleans up when the caller aborts', async () => {
    const controller = new AbortController();
    const watching = nextBidOrClose(floor, 'lot-5', controller.signal);
    controller.abort();
    await expect(watching).rejects.toThrow(/abort/i);
    expect(floor.listenerCount('bid:lot-5')).toBe(0);
  });
});
