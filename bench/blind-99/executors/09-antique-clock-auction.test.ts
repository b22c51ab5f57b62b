// expect: none
// The nextBid waiter listens for 'bid', 'closed' and 'error' plus a timeout, and every path runs cleanup (listeners off, timer cleared) before settling, so it settles exactly once and leaves nothing behind.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Bid {
  lot: string;
  paddle: number;
  amount: number;
}

class AuctionRoom extends EventEmitter {
  private highest = new Map<string, Bid>();

  place(bid: Bid): void {
    const current = this.highest.get(bid.lot);
    if (current && bid.amount <= current.amount) {
      this.emit('error', new Error(`bid ${bid.amount} does not beat ${current.amount} on ${bid.lot}`));
      return;
    }
    this.highest.set(bid.lot, bid);
    setImmediate(() => this.emit('bid', bid));
  }

  hammer(lot: string): void {
    this.emit('closed', lot, this.highest.get(lot));
  }
}

function nextBid(room: AuctionRoom, lot: string, timeoutMs: number): Promise<Bid | undefined> {
  return new Promise<Bid | undefined>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      room.off('bid', onBid);
      room.off('closed', onClosed);
      room.off('error', onError);
    };
    const onBid = (bid: Bid) => {
      if (bid.lot !== lot) return;
      cleanup();
      resolve(bid);
    };
    const onClosed = (closedLot: string) => {
      if (closedLot !== lot) return;
      cleanup();
      resolve(undefined);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no bid on ${lot} within ${timeoutMs}ms`));
    }, timeoutMs);
    room.on('bid', onBid);
    room.on('closed', onClosed);
    room.on('error', onError);
  });
}

describe('nextBid', () => {
  let room: AuctionRoom;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    room = new AuctionRoom();
  });

  afterEach(() => {
    mock.timers.reset();
    room.removeAllListeners();
  });

  it('resolves with the first bid on the lot', async () => {
    const waiting = nextBid(room, 'lot-17-bracket-clock', 30_000);
    room.place({ lot: 'lot-12-longcase', paddle: 4, amount: 900 });
    room.place({ lot: 'lot-17-bracket-clock', paddle: 88, amount: 2_400 });
    assert.deepEqual(await waiting, { lot: 'lot-17-bracket-clock', paddle: 88, amount: 2_400 });
    assert.equal(room.listenerCount('bid'), 0);
  });

  it('resolves undefined when the hammer falls without a bid', async () => {
    const waiting = nextBid(room, 'lot-3-carriage-clock', 30_000);
    room.hammer('lot-3-carriage-clock');
    assert.equal(await waiting, undefined);
    assert.equal(room.listenerCount('closed'), 0);
  });

  it('rejects on an invalid bid and removes its listeners', async () => {
    room.place({ lot: 'lot-5-skeleton-clock', paddle: 1, amount: 1_000 });
    const waiting = nextBid(room, 'lot-5-skeleton-clock', 30_000);
    room.place({ lot: 'lot-5-skeleton-clock', paddle: 2, amount: 950 });
    await assert.rejects(waiting, /does not beat 1000/);
    assert.equal(room.listenerCount('error'), 0);
  });

  it('times out when the room goes quiet', async () => {
    const waiting = nextBid(room, 'lot-9-lantern-clock', 30_000);
    mock.timers.tick(30_000);
    await assert.rejects(waiting, /no bid on lot-9-lantern-clock/);
    assert.equal(room.listenerCount('bid'), 0);
  });
});
