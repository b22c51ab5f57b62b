// expect: none
// waitForBoat observes its signal up front and through an abort listener that is removed when a boat is assigned, and close() rejects any waiter left over, so every waiter either gets a boat or ends with the abort reason.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

type BoatClass = 'single' | 'double' | 'coxless-four';

interface Waiter {
  member: string;
  resolve: (boatId: string) => void;
  reject: (reason: unknown) => void;
  cleanup: () => void;
}

class Waitlist {
  private readonly queues = new Map<BoatClass, Waiter[]>();

  constructor(private readonly onAssign: (member: string, boatId: string) => void = () => {}) {}

  size(cls: BoatClass): number {
    return this.queues.get(cls)?.length ?? 0;
  }

  waitForBoat(cls: BoatClass, member: string, opts: { signal?: AbortSignal } = {}): Promise<string> {
    const { signal } = opts;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const { promise, resolve, reject } = Promise.withResolvers<string>();
    const queue = this.queues.get(cls) ?? [];
    this.queues.set(cls, queue);

    const onAbort = () => {
      const i = queue.indexOf(waiter);
      if (i !== -1) queue.splice(i, 1);
      reject(signal?.reason);
    };
    const waiter: Waiter = { member, resolve, reject, cleanup: () => signal?.removeEventListener('abort', onAbort) };
    signal?.addEventListener('abort', onAbort, { once: true });
    queue.push(waiter);
    return promise;
  }

  release(cls: BoatClass, boatId: string): boolean {
    const waiter = this.queues.get(cls)?.shift();
    if (!waiter) return false;
    waiter.cleanup();
    this.onAssign(waiter.member, boatId);
    waiter.resolve(boatId);
    return true;
  }

  close(): void {
    for (const queue of this.queues.values()) {
      for (const w of queue.splice(0)) {
        w.cleanup();
        w.reject(new Error('waitlist closed'));
      }
    }
  }
}

describe('Waitlist', () => {
  let assigned: ReturnType<typeof mock.fn<(member: string, boatId: string) => void>>;
  let list: Waitlist;

  beforeEach(() => {
    assigned = mock.fn<(member: string, boatId: string) => void>();
    list = new Waitlist(assigned);
  });

  afterEach(() => {
    list.close();
    mock.reset();
  });

  it('hands released boats out first come, first served', async () => {
    const first = list.waitForBoat('single', 'karin');
    const second = list.waitForBoat('single', 'lev');
    list.release('single', 'S-7');
    list.release('single', 'S-2');
    assert.deepEqual(await Promise.all([first, second]), ['S-7', 'S-2']);
    assert.deepEqual(assigned.mock.calls.map((c) => c.arguments), [['karin', 'S-7'], ['lev', 'S-2']]);
  });

  it('drops a member who gives up waiting', async () => {
    const ctl = new AbortController();
    const waiting = list.waitForBoat('double', 'noor', { signal: ctl.signal });
    ctl.abort();
    await assert.rejects(waiting, { name: 'AbortError' });
    assert.equal(list.size('double'), 0);
    assert.equal(list.release('double', 'D-1'), false);
  });

  it('rejects straight away when the signal is already aborted', async () => {
    const reason = new Error('front desk closed');
    await assert.rejects(list.waitForBoat('coxless-four', 'pia', { signal: AbortSignal.abort(reason) }), reason);
    assert.equal(list.size('coxless-four'), 0);
  });
});
