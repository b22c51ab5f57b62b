// expect: none
// waitForRun() listens for both 'stopped' and 'error', and every exit path (event, error, guard timer) removes the other listeners and clears the timer first.
import { EventEmitter } from 'node:events';
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

interface RunResult {
  handler: string;
  elapsedMs: number;
  penalties: number;
  retired: boolean;
}

class TrialTimer extends EventEmitter {
  private startedAt: number | undefined;
  private penalties = 0;
  private handler = '';

  start(handler: string): void {
    if (this.startedAt !== undefined) {
      this.emit('error', new Error(`run already in progress for ${this.handler}`));
      return;
    }
    this.handler = handler;
    this.penalties = 0;
    this.startedAt = Date.now();
  }

  penalty(points: number): void {
    this.penalties += points;
  }

  stop(retired = false): void {
    if (this.startedAt === undefined) {
      this.emit('error', new Error('stop without start'));
      return;
    }
    const result: RunResult = {
      handler: this.handler,
      elapsedMs: Date.now() - this.startedAt,
      penalties: this.penalties,
      retired,
    };
    this.startedAt = undefined;
    setImmediate(() => this.emit('stopped', result));
  }
}

function waitForRun(timer: TrialTimer, limitMs: number): Promise<RunResult> {
  return new Promise<RunResult>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(guard);
      timer.off('stopped', onStopped);
      timer.off('error', onError);
    };
    const onStopped = (result: RunResult) => {
      cleanup();
      resolve(result);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const guard = setTimeout(() => {
      cleanup();
      reject(new Error(`no 'stopped' event within ${limitMs} ms`));
    }, limitMs);
    timer.once('stopped', onStopped);
    timer.once('error', onError);
  });
}

describe('TrialTimer', () => {
  let timer: TrialTimer;

  beforeEach(() => {
    timer = new TrialTimer();
  });

  afterEach(() => {
    timer.removeAllListeners();
  });

  it('reports elapsed time and penalties for a completed run', async () => {
    const finished = waitForRun(timer, 1_000);
    timer.start('Moss & J. Pryce');
    timer.penalty(2);
    timer.penalty(1);
    timer.stop();
    const result = await finished;
    assert.equal(result.handler, 'Moss & J. Pryce');
    assert.equal(result.penalties, 3);
    assert.equal(result.retired, false);
    assert.ok(result.elapsedMs >= 0);
  });

  it('marks a retired run', async () => {
    const finished = waitForRun(timer, 1_000);
    timer.start('Fly & A. Kerr');
    timer.stop(true);
    const result = await finished;
    assert.equal(result.retired, true);
  });

  it('rejects when stop is called without a run', async () => {
    const finished = waitForRun(timer, 1_000);
    timer.stop();
    await assert.rejects(finished, /stop without start/);
  });

  it('rejects a second start while a run is in progress', async () => {
    timer.start('Cap & R. Ellis');
    const second = waitForRun(timer, 1_000);
    timer.start('Nell & D. Owen');
    await assert.rejects(second, /already in progress/);
    assert.equal(timer.listenerCount('stopped'), 0);
  });

  it('times out when the run is never stopped', async () => {
    timer.start('Bess & T. Lloyd');
    await assert.rejects(waitForRun(timer, 25), /within 25 ms/);
    assert.equal(timer.listenerCount('error'), 0);
  });
});
