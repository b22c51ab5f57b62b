// expect: none
// waitForFlag passes the signal to events.once and rethrows aborts untouched (only non-abort link errors are wrapped); the tests assert the AbortError.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface FlagEvent {
  board: number;
  side: 'white' | 'black';
  moveNo: number;
}

class ClockLinkError extends Error {
  constructor(board: number, cause: unknown) {
    super(`Clock link for board ${board} failed`, { cause });
    this.name = 'ClockLinkError';
  }
}

class BoardClock extends EventEmitter {
  constructor(readonly board: number) {
    super();
  }
  tick(side: 'white' | 'black', remainingMs: number, moveNo: number): void {
    if (remainingMs <= 0) {
      this.emit('flag', { board: this.board, side, moveNo } satisfies FlagEvent);
    }
  }
}

async function waitForFlag(clock: BoardClock, options: { signal: AbortSignal }): Promise<FlagEvent> {
  try {
    const [event] = (await once(clock, 'flag', { signal: options.signal })) as [FlagEvent];
    return event;
  } catch (err) {
    if (options.signal.aborted) {
      throw err;
    }
    throw new ClockLinkError(clock.board, err);
  }
}

describe('waitForFlag', () => {
  let clock: BoardClock;
  let controller: AbortController;

  beforeEach(() => {
    clock = new BoardClock(7);
    controller = new AbortController();
  });

  it('resolves with the side whose flag fell', async () => {
    const flag = waitForFlag(clock, { signal: controller.signal });
    clock.tick('white', 1200, 38);
    clock.tick('black', 0, 38);
    assert.deepEqual(await flag, { board: 7, side: 'black', moveNo: 38 });
  });

  it('rejects with AbortError when the round is cancelled', async () => {
    const flag = waitForFlag(clock, { signal: controller.signal });
    controller.abort();
    await assert.rejects(flag, { name: 'AbortError' });
    assert.equal(clock.listenerCount('flag'), 0);
  });

  it('rejects immediately for an already-aborted signal', async () => {
    controller.abort();
    await assert.rejects(waitForFlag(clock, { signal: controller.signal }), { name: 'AbortError' });
  });

  it('wraps link errors from the clock', async () => {
    const flag = waitForFlag(clock, { signal: controller.signal });
    clock.emit('error', new Error('usb disconnected'));
    await assert.rejects(flag, (err: unknown) => {
      assert.ok(err instanceof ClockLinkError);
      assert.match(String((err.cause as Error).message), /usb disconnected/);
      return true;
    });
  });
});
