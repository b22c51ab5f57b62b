// expect: none
// awaitHeadcount settles once on full headcount, cancellation or timeout, clearing its timer and listeners each time; the tests only exercise it.
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface Forager {
  guestId: string;
  name: string;
  hasBasket: boolean;
}

class TourRoster extends EventEmitter {
  readonly present = new Map<string, Forager>();

  checkIn(forager: Forager): void {
    if (this.present.has(forager.guestId)) return;
    this.present.set(forager.guestId, forager);
    this.emit('checked-in', forager, this.present.size);
  }

  cancel(reason: string): void {
    this.emit('cancelled', reason);
  }
}

function awaitHeadcount(roster: TourRoster, expected: number, timeoutMs: number): Promise<Forager[]> {
  return new Promise((resolve, reject) => {
    if (roster.present.size >= expected) {
      resolve([...roster.present.values()]);
      return;
    }

    const onCheckIn = (_forager: Forager, count: number) => {
      if (count < expected) return;
      detach();
      resolve([...roster.present.values()]);
    };
    const onCancelled = (reason: string) => {
      detach();
      reject(new Error(`tour cancelled: ${reason}`));
    };
    const timer = setTimeout(() => {
      detach();
      reject(new Error(`only ${roster.present.size}/${expected} foragers arrived`));
    }, timeoutMs);
    const detach = () => {
      clearTimeout(timer);
      roster.off('checked-in', onCheckIn);
      roster.off('cancelled', onCancelled);
    };

    roster.on('checked-in', onCheckIn);
    roster.on('cancelled', onCancelled);
  });
}

const guest = (n: number): Forager => ({ guestId: `g${n}`, name: `Guest ${n}`, hasBasket: n % 2 === 0 });

describe('awaitHeadcount', () => {
  it('resolves immediately when everyone is already present', async () => {
    const roster = new TourRoster();
    roster.checkIn(guest(1));
    roster.checkIn(guest(2));
    const group = await awaitHeadcount(roster, 2, 1_000);
    assert.equal(group.length, 2);
  });

  it('resolves once the last forager checks in', async () => {
    const roster = new TourRoster();
    const pending = awaitHeadcount(roster, 3, 1_000);
    roster.checkIn(guest(1));
    roster.checkIn(guest(2));
    roster.checkIn(guest(3));
    const group = await pending;
    assert.deepEqual(
      group.map((f) => f.guestId),
      ['g1', 'g2', 'g3'],
    );
    assert.equal(roster.listenerCount('checked-in'), 0);
  });

  it('rejects when the guide cancels the tour', async () => {
    const roster = new TourRoster();
    const pending = awaitHeadcount(roster, 4, 1_000);
    roster.checkIn(guest(1));
    roster.cancel('thunderstorm warning');
    await assert.rejects(pending, /thunderstorm warning/);
    assert.equal(roster.listenerCount('cancelled'), 0);
  });

  it('rejects after the timeout when foragers are missing', async () => {
    const roster = new TourRoster();
    roster.checkIn(guest(7));
    await assert.rejects(awaitHeadcount(roster, 2, 20), /only 1\/2 foragers arrived/);
  });

  it('ignores duplicate check-ins of the same guest', async () => {
    const roster = new TourRoster();
    const pending = awaitHeadcount(roster, 2, 1_000);
    roster.checkIn(guest(5));
    roster.checkIn(guest(5));
    roster.checkIn(guest(6));
    assert.equal((await pending).length, 2);
  });
});
