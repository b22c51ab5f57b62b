// expect: none
// Async scenario functions are passed to test() as callbacks, every clock method is called before being awaited, and the flag promise is started once and awaited once.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

type Side = 'white' | 'black';

interface TimeControl {
  baseMs: number;
  incrementMs: number;
}

interface TournamentClock {
  start(side: Side): Promise<void>;
  press(side: Side): Promise<void>;
  pause(): Promise<void>;
  isRunning(): Promise<boolean>;
  remaining(side: Side): Promise<number>;
  waitForFlag(): Promise<Side>;
  dispose(): Promise<void>;
}

declare function connectClock(boardNumber: number, control: TimeControl): Promise<TournamentClock>;

const RAPID: TimeControl = { baseMs: 600, incrementMs: 100 };

describe('tournament clock', () => {
  let clock: TournamentClock;

  beforeEach(async () => {
    clock = await connectClock(12, RAPID);
  });

  afterEach(async () => {
    await clock.dispose();
  });

  async function pressesAddIncrement(): Promise<void> {
    await clock.start('white');
    const before = await clock.remaining('white');
    await clock.press('white');
    const after = await clock.remaining('white');
    assert.ok(after > before, `expected increment to be applied (${before} -> ${after})`);
  }

  async function pauseFreezesBothSides(): Promise<void> {
    await clock.start('black');
    await clock.pause();
    assert.equal(await clock.isRunning(), false);
    const [white, black] = await Promise.all([clock.remaining('white'), clock.remaining('black')]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.deepEqual(await Promise.all([clock.remaining('white'), clock.remaining('black')]), [white, black]);
  }

  it('adds the increment after a move', pressesAddIncrement);
  it('freezes both sides while paused', pauseFreezesBothSides);

  it('flags the side that runs out of time', async () => {
    const flagged = clock.waitForFlag();
    await clock.start('white');
    await clock.press('white');
    assert.equal(await flagged, 'black');
    assert.equal(await clock.isRunning(), false);
  });

  it('reports running only after start', async () => {
    assert.equal(await clock.isRunning(), false);
    await clock.start('white');
    if (await clock.isRunning()) {
      await clock.pause();
    } else {
      assert.fail('clock did not start');
    }
  });
});
