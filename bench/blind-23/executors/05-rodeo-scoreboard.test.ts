// expect: none
// Correct: the nextEvent helper uses once(), clears its timer when the event arrives and removes the listener when it times out, so it settles exactly once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface RideScore {
  rider: string;
  event: 'bareback' | 'saddle-bronc' | 'bull-riding';
  judgeMarks: number[];
  total: number;
}

class Scoreboard extends EventEmitter {
  private rides: RideScore[] = [];

  submit(rider: string, event: RideScore['event'], judgeMarks: number[]): void {
    if (judgeMarks.length !== 4) {
      this.emit('rejected', { rider, reason: 'four judge marks required' });
      return;
    }
    const total = judgeMarks.reduce((a, b) => a + b, 0);
    const ride: RideScore = { rider, event, judgeMarks, total };
    this.rides.push(ride);
    // scores are posted to the arena display after the judges confirm
    setTimeout(() => this.emit('posted', ride), 5);
  }

  leader(event: RideScore['event']): RideScore | undefined {
    return this.rides.filter((r) => r.event === event).sort((a, b) => b.total - a.total)[0];
  }
}

function nextEvent<T>(emitter: EventEmitter, name: string, timeoutMs = 500): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onEvent = (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      emitter.off(name, onEvent);
      reject(new Error(`no '${name}' event within ${timeoutMs}ms`));
    }, timeoutMs);
    emitter.once(name, onEvent);
  });
}

describe('Scoreboard', () => {
  it('posts a bull ride once the marks are in', async () => {
    const board = new Scoreboard();
    const posted = nextEvent<RideScore>(board, 'posted');
    board.submit('Wade Cutler', 'bull-riding', [22, 21.5, 22, 21]);
    const ride = await posted;
    assert.equal(ride.rider, 'Wade Cutler');
    assert.equal(ride.total, 86.5);
  });

  it('rejects a score card with missing judge marks', async () => {
    const board = new Scoreboard();
    const rejected = nextEvent<{ rider: string; reason: string }>(board, 'rejected');
    board.submit('Lena Ortiz', 'saddle-bronc', [20, 21]);
    const info = await rejected;
    assert.match(info.reason, /four judge marks/);
    assert.equal(board.leader('saddle-bronc'), undefined);
  });

  it('tracks the leader across several rides', async () => {
    const board = new Scoreboard();
    for (const [rider, marks] of [
      ['Cody Marsh', [20, 20, 21, 20]],
      ['Jo Beck', [22, 22, 21.5, 22]],
      ['Sam Yazzie', [21, 21, 21, 21]],
    ] as const) {
      const posted = nextEvent<RideScore>(board, 'posted');
      board.submit(rider, 'bareback', [...marks]);
      await posted;
    }
    assert.equal(board.leader('bareback')?.rider, 'Jo Beck');
  });

  it('times out when nothing is posted', async () => {
    const board = new Scoreboard();
    await assert.rejects(nextEvent(board, 'posted', 30), /no 'posted' event/);
    assert.equal(board.listenerCount('posted'), 0);
  });
});
