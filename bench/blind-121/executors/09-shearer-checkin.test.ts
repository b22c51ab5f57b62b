// expect: no-multiple-settle
// On success waitForCheckIn() clears the deadline but not the (unref'd) polling interval, so it keeps calling resolve on every tick after the shearer has checked in.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

class ShearingBoard {
  private readonly checkIns = new Map<string, Date>();
  private readonly stands = new Map<number, string>();

  checkIn(shearer: string, at = new Date()): void {
    this.checkIns.set(shearer, at);
  }

  checkedInAt(shearer: string): Date | undefined {
    return this.checkIns.get(shearer);
  }

  assign(stand: number, shearer: string): void {
    const holder = this.stands.get(stand);
    if (holder && holder !== shearer) throw new Error(`stand ${stand} already held by ${holder}`);
    this.stands.set(stand, shearer);
  }

  standOf(shearer: string): number | undefined {
    for (const [stand, name] of this.stands) if (name === shearer) return stand;
    return undefined;
  }
}

function waitForCheckIn(board: ShearingBoard, shearer: string, timeoutMs: number, pollMs = 20): Promise<Date> {
  return new Promise<Date>((resolve, reject) => {
    const poll = setInterval(() => {
      const at = board.checkedInAt(shearer);
      if (at) {
        clearTimeout(deadline);
        resolve(at);
      }
    }, pollMs);
    // a roster waiting on a no-show shouldn't keep the shed process alive
    poll.unref();

    const deadline = setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`${shearer} has not checked in to the board`));
    }, timeoutMs);
  });
}

async function assignWhenPresent(board: ShearingBoard, shearer: string, stand: number, timeoutMs: number) {
  const at = await waitForCheckIn(board, shearer, timeoutMs);
  board.assign(stand, shearer);
  return { shearer, stand, checkedInAt: at };
}

describe('assignWhenPresent', () => {
  let board: ShearingBoard;

  before(() => {
    board = new ShearingBoard();
  });

  after(() => {
    board.checkIn('cleanup');
  });

  test('assigns a shearer who is already on the board', async () => {
    board.checkIn('Mere Tipene');
    const result = await assignWhenPresent(board, 'Mere Tipene', 3, 500);
    assert.equal(result.stand, 3);
    assert.equal(board.standOf('Mere Tipene'), 3);
  });

  test('waits for a late arrival', async () => {
    setTimeout(() => board.checkIn('Jock Barlow'), 60);
    const result = await assignWhenPresent(board, 'Jock Barlow', 4, 1000);
    assert.equal(result.stand, 4);
    assert.ok(result.checkedInAt instanceof Date);
  });

  test('rejects a no-show after the timeout', async () => {
    await assert.rejects(assignWhenPresent(board, 'Dave Ross', 5, 80), /Dave Ross has not checked in/);
    assert.equal(board.standOf('Dave Ross'), undefined);
  });

  test('refuses to double-book a stand', async () => {
    board.checkIn('Sam Hurae');
    await assert.rejects(assignWhenPresent(board, 'Sam Hurae', 3, 500), /already held by Mere Tipene/);
  });
});
