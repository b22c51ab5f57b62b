// expect: none
// The waitFor helper listens to both the awaited event and 'error', and each handler removes the other before settling, so a waiter settles exactly once whichever event arrives first.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Rental {
  boatId: string;
  member: string;
  dueBackAt: number;
}

class BoatRentalDesk extends EventEmitter {
  private readonly active = new Map<string, { rental: Rental; timer: NodeJS.Timeout }>();

  checkout(boatId: string, member: string, minutes: number): Rental {
    if (this.active.has(boatId)) {
      this.emit('error', new Error(`${boatId} is already out with ${this.active.get(boatId)?.rental.member}`));
      throw new Error(`${boatId} unavailable`);
    }
    const rental: Rental = { boatId, member, dueBackAt: Date.now() + minutes * 60_000 };
    const timer = setTimeout(() => this.emit('overdue', rental), minutes * 60_000);
    this.active.set(boatId, { rental, timer });
    this.emit('checkout', rental);
    return rental;
  }

  checkin(boatId: string): void {
    const entry = this.active.get(boatId);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.active.delete(boatId);
    this.emit('checkin', entry.rental);
  }

  close(): void {
    for (const { timer } of this.active.values()) clearTimeout(timer);
    this.active.clear();
    this.removeAllListeners();
  }
}

function waitFor<T>(emitter: EventEmitter, event: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onEvent = (value: T) => {
      emitter.off('error', onError);
      resolve(value);
    };
    const onError = (err: Error) => {
      emitter.off(event, onEvent);
      reject(err);
    };
    emitter.once(event, onEvent);
    emitter.once('error', onError);
  });
}

describe('BoatRentalDesk', () => {
  let desk: BoatRentalDesk;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 0 });
    desk = new BoatRentalDesk();
  });

  afterEach(() => {
    desk.close();
    mock.timers.reset();
  });

  it('flags a single scull that is not back on time', async () => {
    const overdue = waitFor<Rental>(desk, 'overdue');
    desk.checkout('single-3', 'ines', 45);
    mock.timers.tick(45 * 60_000);
    const rental = await overdue;
    assert.equal(rental.member, 'ines');
  });

  it('does not flag a boat returned before its slot ends', () => {
    const onOverdue = mock.fn();
    desk.on('overdue', onOverdue);
    desk.checkout('double-1', 'tomas', 30);
    mock.timers.tick(29 * 60_000);
    desk.checkin('double-1');
    mock.timers.tick(10 * 60_000);
    assert.equal(onOverdue.mock.callCount(), 0);
  });

  it('reports double booking through the error event', async () => {
    desk.checkout('quad-2', 'ana', 60);
    const failed = waitFor<Rental>(desk, 'checkout');
    assert.throws(() => desk.checkout('quad-2', 'bo', 60), /unavailable/);
    await assert.rejects(failed, /already out with ana/);
  });
});
