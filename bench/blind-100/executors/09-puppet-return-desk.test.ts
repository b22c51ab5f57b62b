// expect: no-multiple-settle
// waitForReturns subscribes with on('returned') and never detaches, so once the count is reached every later return calls resolve again and the listener keeps piling up on the shared desk across tests.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface PuppetReturn {
  sku: string;
  renter: string;
  damaged: boolean;
}

class RentalDesk extends EventEmitter {
  private readonly out = new Map<string, string>();
  private closed = false;

  checkOut(sku: string, renter: string): void {
    if (this.out.has(sku)) throw new Error(`${sku} is already rented`);
    this.out.set(sku, renter);
  }

  checkIn(sku: string, damaged = false): void {
    const renter = this.out.get(sku);
    if (!renter) throw new Error(`${sku} was never checked out`);
    this.out.delete(sku);
    setImmediate(() => {
      if (!this.closed) this.emit('returned', { sku, renter, damaged } satisfies PuppetReturn);
    });
  }

  outstanding(): number {
    return this.out.size;
  }

  close(): void {
    this.closed = true;
    this.removeAllListeners();
  }
}

function waitForReturns(desk: RentalDesk, expected: number): Promise<PuppetReturn[]> {
  return new Promise<PuppetReturn[]>((resolve, reject) => {
    const seen: PuppetReturn[] = [];
    desk.once('error', reject);
    desk.on('returned', (r: PuppetReturn) => {
      seen.push(r);
      if (seen.length >= expected) resolve(seen.slice());
    });
  });
}

describe('RentalDesk returns', () => {
  let desk: RentalDesk;

  beforeEach(() => {
    desk = new RentalDesk();
    desk.checkOut('MARIONETTE-07', 'Hollow Oak Theatre');
    desk.checkOut('HAND-DRAGON-2', 'Pine St Library');
    desk.checkOut('SHADOW-SET-A', 'Hollow Oak Theatre');
  });

  afterEach(() => {
    desk.close();
  });

  it('reports each return with its renter', async () => {
    const returns = waitForReturns(desk, 2);
    desk.checkIn('MARIONETTE-07');
    desk.checkIn('HAND-DRAGON-2', true);
    const seen = await returns;
    assert.deepEqual(
      seen.map((r) => [r.sku, r.renter, r.damaged]),
      [
        ['MARIONETTE-07', 'Hollow Oak Theatre', false],
        ['HAND-DRAGON-2', 'Pine St Library', true],
      ],
    );
    assert.equal(desk.outstanding(), 1);
  });

  it('lets the last puppet come back after the first batch', async () => {
    const first = waitForReturns(desk, 1);
    desk.checkIn('SHADOW-SET-A');
    assert.equal((await first)[0].sku, 'SHADOW-SET-A');
    const second = waitForReturns(desk, 2);
    desk.checkIn('MARIONETTE-07');
    desk.checkIn('HAND-DRAGON-2');
    const later = await second;
    assert.equal(later.length, 2);
    assert.equal(desk.outstanding(), 0);
  });

  it('rejects returning a puppet that was never rented', () => {
    assert.throws(() => desk.checkIn('SOCK-GOOSE'), /never checked out/);
  });
});
