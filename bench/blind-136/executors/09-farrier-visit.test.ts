// expect: no-multiple-settle
// On the timeout path waitForVisit rejects without clearing its interval, so the poller keeps rejecting the same promise on every tick.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

type VisitStatus = 'booked' | 'in-progress' | 'done';

interface FarrierVisit {
  ponyId: string;
  farrier: string;
  status: VisitStatus;
  shoes: number;
}

class FarrierBoard {
  private readonly visits = new Map<string, FarrierVisit>();

  constructor(private readonly pollMs = 10) {}

  book(ponyId: string, farrier: string): FarrierVisit {
    const visit: FarrierVisit = { ponyId, farrier, status: 'booked', shoes: 0 };
    this.visits.set(ponyId, visit);
    return visit;
  }

  start(ponyId: string): void {
    const visit = this.visits.get(ponyId);
    if (!visit) throw new Error(`no visit booked for ${ponyId}`);
    visit.status = 'in-progress';
  }

  complete(ponyId: string, shoes: number): void {
    const visit = this.visits.get(ponyId);
    if (!visit || visit.status !== 'in-progress') throw new Error(`visit for ${ponyId} not in progress`);
    visit.status = 'done';
    visit.shoes = shoes;
  }

  waitForVisit(ponyId: string, timeoutMs: number): Promise<FarrierVisit> {
    return new Promise<FarrierVisit>((resolve, reject) => {
      const startedAt = Date.now();
      const timer = setInterval(() => {
        const visit = this.visits.get(ponyId);
        if (visit?.status === 'done') {
          clearInterval(timer);
          resolve(visit);
          return;
        }
        if (Date.now() - startedAt > timeoutMs) {
          reject(new Error(`farrier visit for ${ponyId} not finished after ${timeoutMs}ms`));
        }
      }, this.pollMs);
    });
  }
}

describe('FarrierBoard', () => {
  let board: FarrierBoard;
  let pending: ReturnType<typeof setTimeout>[];

  before(() => {
    board = new FarrierBoard(5);
    pending = [];
  });

  after(() => {
    pending.forEach(clearTimeout);
  });

  test('book() registers a visit in booked state', () => {
    const visit = board.book('pony-mariposa', 'hugo');
    assert.equal(visit.status, 'booked');
    assert.equal(visit.shoes, 0);
  });

  test('complete() refuses a visit that has not started', () => {
    board.book('pony-tango', 'hugo');
    assert.throws(() => board.complete('pony-tango', 4), /not in progress/);
  });

  test('waitForVisit() resolves once the farrier is done', async () => {
    board.book('pony-chispa', 'lucia');
    board.start('pony-chispa');
    pending.push(setTimeout(() => board.complete('pony-chispa', 4), 25));

    const visit = await board.waitForVisit('pony-chispa', 1_000);
    assert.equal(visit.status, 'done');
    assert.equal(visit.shoes, 4);
    assert.equal(visit.farrier, 'lucia');
  });

  test('waitForVisit() resolves for a visit that is already finished', async () => {
    board.book('pony-brisa', 'lucia');
    board.start('pony-brisa');
    board.complete('pony-brisa', 2);

    const visit = await board.waitForVisit('pony-brisa', 100);
    assert.deepEqual(visit, { ponyId: 'pony-brisa', farrier: 'lucia', status: 'done', shoes: 2 });
  });
});
