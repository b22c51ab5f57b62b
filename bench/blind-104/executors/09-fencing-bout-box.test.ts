// expect: none
// The bout waiter listens for both 'bout-end' and 'error' and its cleanup clears the guard timer and both listeners, so it settles once on a finished bout, a ledger failure or the timeout.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

type Side = 'left' | 'right';

interface BoutResult {
  left: number;
  right: number;
  winner: Side | null;
  reason: 'score' | 'time';
}

type ResultLedger = { record(result: BoutResult): void };

class ScoringBox extends EventEmitter {
  private score = { left: 0, right: 0 };
  private clock: NodeJS.Timeout | undefined;

  constructor(private readonly target: number, private readonly periodMs: number, private readonly ledger: ResultLedger) {
    super();
  }

  start(): void {
    this.score = { left: 0, right: 0 };
    this.clock = setTimeout(() => this.finish('time'), this.periodMs);
  }

  touch(side: Side): void {
    if (!this.clock) {
      this.emit('error', new Error('touch registered while bout is stopped'));
      return;
    }
    this.score[side] += 1;
    if (this.score[side] >= this.target) this.finish('score');
  }

  stop(): void {
    clearTimeout(this.clock);
    this.clock = undefined;
  }

  private finish(reason: BoutResult['reason']): void {
    this.stop();
    const { left, right } = this.score;
    const result: BoutResult = { left, right, winner: left === right ? null : left > right ? 'left' : 'right', reason };
    try {
      this.ledger.record(result);
    } catch (err) {
      this.emit('error', err);
      return;
    }
    this.emit('bout-end', result);
  }
}

function waitForBoutEnd(box: ScoringBox, ms: number): Promise<BoutResult> {
  return new Promise<BoutResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no bout-end within ${ms}ms`));
    }, ms);
    const onEnd = (result: BoutResult) => {
      cleanup();
      resolve(result);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    function cleanup() {
      clearTimeout(timer);
      box.off('bout-end', onEnd);
      box.off('error', onError);
    }
    box.on('bout-end', onEnd);
    box.on('error', onError);
  });
}

describe('ScoringBox', () => {
  let ledger: { record: ReturnType<typeof mock.fn<(r: BoutResult) => void>> };
  let box: ScoringBox;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    ledger = { record: mock.fn<(r: BoutResult) => void>() };
    box = new ScoringBox(5, 180_000, ledger);
    box.start();
  });

  afterEach(() => {
    box.stop();
    box.removeAllListeners();
    mock.timers.reset();
  });

  it('ends the pool bout at five touches', async () => {
    const ended = waitForBoutEnd(box, 200_000);
    for (let i = 0; i < 5; i++) box.touch('left');
    assert.deepEqual(await ended, { left: 5, right: 0, winner: 'left', reason: 'score' });
    assert.equal(ledger.record.mock.callCount(), 1);
  });

  it('ends on time with the leader winning', async () => {
    const ended = waitForBoutEnd(box, 200_000);
    box.touch('right');
    mock.timers.tick(180_000);
    assert.deepEqual(await ended, { left: 0, right: 1, winner: 'right', reason: 'time' });
  });

  it('surfaces a ledger failure instead of a result', async () => {
    ledger.record.mock.mockImplementation(() => {
      throw new Error('ledger offline');
    });
    const ended = waitForBoutEnd(box, 200_000);
    for (let i = 0; i < 5; i++) box.touch('right');
    await assert.rejects(ended, /ledger offline/);
  });
});
