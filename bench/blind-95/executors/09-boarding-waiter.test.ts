// expect: none
// Each stored deferred is removed from the waiter map and its expiry timer cleared before it is settled, so announcements, cancellations, expiry and close can each settle a boarding waiter only once.
import { describe, it, beforeEach, afterEach } from 'node:test';
import { mock } from 'node:test';
import assert from 'node:assert/strict';

interface Boarding {
  route: string;
  quay: string;
  departsAt: string;
}

interface Waiter {
  deferred: PromiseWithResolvers<Boarding>;
  timer: NodeJS.Timeout;
}

class BoardingBoard {
  private readonly waiters = new Map<string, Waiter>();

  constructor(private readonly maxWaitMs: number) {}

  nextBoarding(route: string): Promise<Boarding> {
    const existing = this.waiters.get(route);
    if (existing) return existing.deferred.promise;

    const deferred = Promise.withResolvers<Boarding>();
    const timer = setTimeout(() => {
      this.take(route)?.reject(new Error(`no boarding call for ${route} within ${this.maxWaitMs}ms`));
    }, this.maxWaitMs);
    this.waiters.set(route, { deferred, timer });
    return deferred.promise;
  }

  handleAnnouncement(b: Boarding): void {
    this.take(b.route)?.resolve(b);
  }

  handleCancellation(route: string, reason: string): void {
    this.take(route)?.reject(new Error(`${route} cancelled: ${reason}`));
  }

  close(): void {
    for (const route of [...this.waiters.keys()]) {
      this.take(route)?.reject(new Error('departure board closed'));
    }
  }

  private take(route: string): PromiseWithResolvers<Boarding> | undefined {
    const waiter = this.waiters.get(route);
    if (!waiter) return undefined;
    this.waiters.delete(route);
    clearTimeout(waiter.timer);
    return waiter.deferred;
  }
}

describe('BoardingBoard', () => {
  let board: BoardingBoard;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    board = new BoardingBoard(30 * 60_000);
  });

  afterEach(() => {
    board.close();
    mock.timers.reset();
  });

  it('resolves the waiter with the announced quay', async () => {
    const boarding = board.nextBoarding('bergen-stavanger');
    board.handleAnnouncement({ route: 'bergen-stavanger', quay: 'B3', departsAt: '07:45' });
    board.handleCancellation('bergen-stavanger', 'late duplicate');

    assert.deepEqual(await boarding, { route: 'bergen-stavanger', quay: 'B3', departsAt: '07:45' });
  });

  it('shares one waiter between callers of the same route', async () => {
    const first = board.nextBoarding('flam-gudvangen');
    const second = board.nextBoarding('flam-gudvangen');
    assert.equal(first, second);

    board.handleAnnouncement({ route: 'flam-gudvangen', quay: 'A1', departsAt: '10:10' });
    const [a, b] = await Promise.all([first, second]);
    assert.equal(a.quay, b.quay);
  });

  it('rejects once the maximum wait elapses', async () => {
    const boarding = board.nextBoarding('geiranger-hellesylt');
    mock.timers.tick(30 * 60_000);

    await assert.rejects(boarding, /no boarding call for geiranger-hellesylt/);
  });

  it('rejects pending waiters when the board closes', async () => {
    const boarding = board.nextBoarding('lavik-oppedal');
    board.close();

    await assert.rejects(boarding, /departure board closed/);
  });
});
