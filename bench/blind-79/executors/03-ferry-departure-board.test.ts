// expect: no-multiple-settle
// Bug: waitForBoardEvent resolves on the event but never clears its timeout, so the timer later rejects an already-settled promise and keeps the test process alive.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Sailing {
  route: string;
  vessel: string;
  scheduled: string;
  status: 'on-time' | 'delayed' | 'cancelled';
  delayMinutes?: number;
}

class DepartureBoard extends EventEmitter {
  private readonly sailings = new Map<string, Sailing>();

  publish(sailing: Sailing): void {
    const key = `${sailing.route}@${sailing.scheduled}`;
    const previous = this.sailings.get(key);
    this.sailings.set(key, sailing);
    setImmediate(() => {
      if (!previous) {
        this.emit('added', sailing);
      } else if (previous.status !== sailing.status || previous.delayMinutes !== sailing.delayMinutes) {
        this.emit('changed', sailing, previous);
      }
    });
  }

  visible(route: string): Sailing[] {
    return [...this.sailings.values()]
      .filter((s) => s.route === route && s.status !== 'cancelled')
      .sort((a, b) => a.scheduled.localeCompare(b.scheduled));
  }
}

function waitForBoardEvent<T extends unknown[]>(
  board: DepartureBoard,
  event: string,
  timeoutMs = 500,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setTimeout(() => {
      board.removeAllListeners(event);
      reject(new Error(`timed out after ${timeoutMs}ms waiting for ${event}`));
    }, timeoutMs);
    board.once(event, (...args: unknown[]) => resolve(args as T));
  });
}

describe('departure board for the Hardanger line', () => {
  let board: DepartureBoard;

  beforeEach(() => {
    board = new DepartureBoard();
  });

  it('announces a newly published sailing', async () => {
    const added = waitForBoardEvent<[Sailing]>(board, 'added');
    board.publish({ route: 'Norheimsund-Tørvikbygd', vessel: 'MF Ølve', scheduled: '07:20', status: 'on-time' });
    const [sailing] = await added;
    assert.equal(sailing.vessel, 'MF Ølve');
  });

  it('reports a delay as a change against the previous state', async () => {
    board.publish({ route: 'Gudvangen-Kaupanger', vessel: 'MS Fjordline', scheduled: '09:00', status: 'on-time' });
    await waitForBoardEvent(board, 'added');

    const changed = waitForBoardEvent<[Sailing, Sailing]>(board, 'changed');
    board.publish({
      route: 'Gudvangen-Kaupanger',
      vessel: 'MS Fjordline',
      scheduled: '09:00',
      status: 'delayed',
      delayMinutes: 25,
    });
    const [current, previous] = await changed;
    assert.equal(previous.status, 'on-time');
    assert.equal(current.delayMinutes, 25);
  });

  it('hides cancelled sailings from the visible list', async () => {
    board.publish({ route: 'Lavik-Oppedal', vessel: 'MF Raunefjord', scheduled: '10:15', status: 'on-time' });
    board.publish({ route: 'Lavik-Oppedal', vessel: 'MF Lavik', scheduled: '10:45', status: 'on-time' });
    await waitForBoardEvent(board, 'added');
    board.publish({ route: 'Lavik-Oppedal', vessel: 'MF Raunefjord', scheduled: '10:15', status: 'cancelled' });

    assert.deepEqual(
      board.visible('Lavik-Oppedal').map((s) => s.vessel),
      ['MF Lavik'],
    );
  });
});
