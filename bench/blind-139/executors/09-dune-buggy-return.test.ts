// expect: none
// The waitForReturn helper settles once on 'returned', 'breakdown' or its timeout, and removes both listeners and clears the timer whichever happens first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Rental {
  buggyId: string;
  customer: string;
  fuelOut: number;
}

interface ReturnReport {
  buggyId: string;
  fuelIn: number;
  sandInAirFilter: boolean;
}

class RentalDesk extends EventEmitter {
  private readonly active = new Map<string, Rental>();

  checkout(rental: Rental): void {
    this.active.set(rental.buggyId, rental);
  }

  checkIn(report: ReturnReport): void {
    if (!this.active.delete(report.buggyId)) {
      throw new Error(`buggy ${report.buggyId} is not out on rental`);
    }
    setImmediate(() => this.emit('returned', report));
  }

  reportBreakdown(buggyId: string, where: string): void {
    setImmediate(() => this.emit('breakdown', buggyId, where));
  }
}

function waitForReturn(desk: RentalDesk, buggyId: string, timeoutMs: number): Promise<ReturnReport> {
  return new Promise<ReturnReport>((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      desk.off('returned', onReturned);
      desk.off('breakdown', onBreakdown);
    };
    const onReturned = (report: ReturnReport): void => {
      if (report.buggyId !== buggyId) return;
      done();
      resolve(report);
    };
    const onBreakdown = (id: string, where: string): void => {
      if (id !== buggyId) return;
      done();
      reject(new Error(`buggy ${id} broke down at ${where}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`buggy ${buggyId} not returned within ${timeoutMs}ms`));
    }, timeoutMs);
    desk.on('returned', onReturned);
    desk.on('breakdown', onBreakdown);
  });
}

describe('RentalDesk returns', () => {
  let desk: RentalDesk;

  before(() => {
    desk = new RentalDesk();
    desk.checkout({ buggyId: 'DB-1', customer: 'Noor', fuelOut: 0.9 });
    desk.checkout({ buggyId: 'DB-2', customer: 'Ravi', fuelOut: 1 });
  });

  after(() => {
    desk.removeAllListeners();
  });

  test('resolves with the report of the right buggy', async () => {
    const returned = waitForReturn(desk, 'DB-1', 500);
    desk.checkIn({ buggyId: 'DB-1', fuelIn: 0.4, sandInAirFilter: true });
    const report = await returned;
    assert.equal(report.fuelIn, 0.4);
    assert.equal(desk.listenerCount('returned'), 0);
  });

  test('rejects when the buggy breaks down in the dunes', async () => {
    const returned = waitForReturn(desk, 'DB-2', 500);
    desk.reportBreakdown('DB-2', 'Big Sister dune');
    await assert.rejects(returned, /broke down at Big Sister dune/);
    assert.equal(desk.listenerCount('breakdown'), 0);
  });
});
