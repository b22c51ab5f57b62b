// expect: none
// waitForTuning's deferred is settled by the first matching 'tuned', an 'error', or the timer, and each path clears the timer and removes both listeners first.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface TuningReport {
  tubeId: string;
  fundamentalHz: number;
  centsOff: number;
}

class TuningBench extends EventEmitter {
  strike(tubeId: string, fundamentalHz: number, centsOff: number, delayMs = 5): void {
    setTimeout(() => this.emit('tuned', { tubeId, fundamentalHz, centsOff } satisfies TuningReport), delayMs);
  }

  jam(message: string, delayMs = 5): void {
    setTimeout(() => this.emit('error', new Error(message)), delayMs);
  }
}

function waitForTuning(bench: EventEmitter, tubeId: string, timeoutMs: number): Promise<TuningReport> {
  const { promise, resolve, reject } = Promise.withResolvers<TuningReport>();

  const onTuned = (report: TuningReport) => {
    if (report.tubeId !== tubeId) return; // other tubes on the same rack
    cleanup();
    resolve(report);
  };
  const onError = (err: Error) => {
    cleanup();
    reject(err);
  };
  const timer = setTimeout(() => {
    cleanup();
    reject(new Error(`no tuning report for ${tubeId} within ${timeoutMs}ms`));
  }, timeoutMs);

  function cleanup(): void {
    clearTimeout(timer);
    bench.off('tuned', onTuned);
    bench.off('error', onError);
  }

  bench.on('tuned', onTuned);
  bench.on('error', onError);
  return promise;
}

describe('waitForTuning', () => {
  let bench: TuningBench;

  beforeEach(() => {
    bench = new TuningBench();
  });

  it('resolves with the report for the requested tube', async () => {
    bench.strike('C5-long', 523.25, 1.5);
    const report = await waitForTuning(bench, 'C5-long', 200);
    assert.equal(report.fundamentalHz, 523.25);
    assert.equal(bench.listenerCount('tuned'), 0);
  });

  it('ignores reports for other tubes on the rack', async () => {
    bench.strike('E5', 659.25, -3, 2);
    bench.strike('G5', 783.99, 0.4, 8);
    const report = await waitForTuning(bench, 'G5', 200);
    assert.equal(report.tubeId, 'G5');
    assert.ok(Math.abs(report.centsOff) < 5);
  });

  it('rejects when the bench reports a fault', async () => {
    bench.jam('striker arm stuck');
    await assert.rejects(waitForTuning(bench, 'A4', 200), /striker arm stuck/);
    assert.equal(bench.listenerCount('error'), 0);
  });

  it('rejects after the timeout when the tube never rings', async () => {
    const started = Date.now();
    await assert.rejects(waitForTuning(bench, 'B4', 30), /within 30ms/);
    assert.ok(Date.now() - started >= 25);
    assert.equal(bench.listenerCount('tuned'), 0);
  });

  it('keeps the first report when the tube rings twice', async () => {
    bench.strike('D5', 587.33, 2, 2);
    bench.strike('D5', 590.1, 8, 6);
    const report = await waitForTuning(bench, 'D5', 200);
    assert.equal(report.centsOff, 2);
  });
});
