// expect: none
// waitForTuning listens for 'tuned', 'error' and a timeout, and every settling path first runs cleanup(), so it settles exactly once.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface TuningResult {
  chanter: string;
  centsOff: number;
  reed: 'cane' | 'synthetic';
}

class TuningBench extends EventEmitter {
  readonly attached = new Set<string>();

  startTuning(chanter: string): void {
    this.attached.add(chanter);
  }

  listenerTotal(): number {
    return this.listenerCount('tuned') + this.listenerCount('error');
  }
}

function waitForTuning(bench: TuningBench, chanter: string, timeoutMs: number): Promise<TuningResult> {
  return new Promise<TuningResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`chanter ${chanter} did not settle within ${timeoutMs}ms`));
    }, timeoutMs);

    const onTuned = (result: TuningResult) => {
      if (result.chanter !== chanter) return;
      cleanup();
      resolve(result);
    };

    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };

    function cleanup(): void {
      clearTimeout(timer);
      bench.off('tuned', onTuned);
      bench.off('error', onError);
    }

    bench.on('tuned', onTuned);
    bench.on('error', onError);
    bench.startTuning(chanter);
  });
}

describe('waitForTuning', () => {
  let bench: TuningBench;

  beforeEach(() => {
    bench = new TuningBench();
  });

  it('resolves with the result for the requested chanter', async () => {
    const pending = waitForTuning(bench, 'A-440', 200);
    setImmediate(() => bench.emit('tuned', { chanter: 'A-440', centsOff: 2, reed: 'cane' }));

    const result = await pending;
    assert.equal(result.centsOff, 2);
    assert.equal(bench.listenerTotal(), 0);
  });

  it('ignores results for other chanters on the same bench', async () => {
    const pending = waitForTuning(bench, 'B-flat', 200);
    setImmediate(() => {
      bench.emit('tuned', { chanter: 'A-440', centsOff: -4, reed: 'synthetic' });
      bench.emit('tuned', { chanter: 'B-flat', centsOff: 1, reed: 'synthetic' });
    });

    const result = await pending;
    assert.equal(result.chanter, 'B-flat');
    assert.equal(result.reed, 'synthetic');
  });

  it('rejects when the bench reports a cracked reed', async () => {
    const pending = waitForTuning(bench, 'A-440', 200);
    setImmediate(() => bench.emit('error', new Error('reed cracked')));

    await assert.rejects(pending, /reed cracked/);
    assert.equal(bench.listenerTotal(), 0);
  });

  it('times out and detaches its listeners', async () => {
    await assert.rejects(waitForTuning(bench, 'low-G', 20), /did not settle within 20ms/);
    assert.equal(bench.listenerTotal(), 0);
    assert.ok(bench.attached.has('low-G'));
  });
});
