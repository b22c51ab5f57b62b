// expect: none
// The hammer countdown passes its signal to both events.once and the timers/promises sleep it races, and the losing once listener is aborted through a per-round controller, so cancelling the sale stops it at once and leaves no listeners.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

interface Bid {
  paddle: number;
  amount: number;
}

interface Clerk {
  announce(text: string): void;
}

async function hammerCountdown(floor: EventEmitter, clerk: Clerk, calls: string[], callMs: number, signal: AbortSignal): Promise<Bid | undefined> {
  let best: Bid | undefined;
  for (let i = 0; i < calls.length; ) {
    clerk.announce(calls[i]!);
    const round = new AbortController();
    const stop = () => round.abort(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    try {
      const outcome = await Promise.race([
        once(floor, 'bid', { signal: round.signal }).then(([bid]) => bid as Bid),
        sleep(callMs, undefined, { signal: round.signal }),
      ]);
      if (outcome) {
        best = outcome;
        i = 0;
      } else {
        i += 1;
      }
    } finally {
      signal.removeEventListener('abort', stop);
      round.abort();
    }
    signal.throwIfAborted();
  }
  return best;
}

describe('hammerCountdown', () => {
  let floor: EventEmitter;
  let clerk: { announce: ReturnType<typeof mock.fn<Clerk['announce']>> };
  let sale: AbortController;

  beforeEach(() => {
    floor = new EventEmitter();
    clerk = { announce: mock.fn<Clerk['announce']>() };
    sale = new AbortController();
  });

  afterEach(() => {
    sale.abort();
    floor.removeAllListeners();
    mock.restoreAll();
  });

  it('sells to nobody when the room stays silent', async () => {
    const result = await hammerCountdown(floor, clerk, ['going once', 'going twice', 'sold'], 5, sale.signal);
    assert.equal(result, undefined);
    assert.deepEqual(clerk.announce.mock.calls.map((c) => c.arguments[0]), ['going once', 'going twice', 'sold']);
  });

  it('restarts the calls after a bid and returns the best bid', async () => {
    const pending = hammerCountdown(floor, clerk, ['going once', 'sold'], 20, sale.signal);
    setImmediate(() => floor.emit('bid', { paddle: 212, amount: 5_400 }));
    assert.deepEqual(await pending, { paddle: 212, amount: 5_400 });
    assert.equal(clerk.announce.mock.callCount(), 3);
    assert.equal(floor.listenerCount('bid'), 0);
  });

  it('stops immediately when the sale is withdrawn', async () => {
    const pending = hammerCountdown(floor, clerk, ['going once', 'sold'], 60_000, sale.signal);
    sale.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(floor.listenerCount('bid'), 0);
  });
});
