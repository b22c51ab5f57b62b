// expect: none
// waitForEvent settles exactly once: both listeners and the timer are removed on success, failure and timeout.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface ToneArmReading {
  trackingGrams: number;
  antiSkate: number;
}

class FakeBench extends EventEmitter {
  calibrate(target: ToneArmReading, fail = false): void {
    setImmediate(() => {
      if (fail) {
        this.emit('error', new Error('stylus not seated'));
        return;
      }
      this.emit('calibrated', { ...target });
    });
  }
}

function waitForEvent<T>(emitter: EventEmitter, event: string, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(event, onEvent);
      emitter.off('error', onError);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${event}`));
    }, timeoutMs);

    function onEvent(value: T): void {
      clearTimeout(timer);
      emitter.off('error', onError);
      resolve(value);
    }

    function onError(err: Error): void {
      clearTimeout(timer);
      emitter.off(event, onEvent);
      reject(err);
    }

    emitter.once(event, onEvent);
    emitter.once('error', onError);
  });
}

describe('jukebox bench tone-arm calibration', () => {
  let bench: FakeBench;

  beforeEach(() => {
    bench = new FakeBench();
  });

  it('resolves with the calibrated reading', async () => {
    const pending = waitForEvent<ToneArmReading>(bench, 'calibrated', 500);
    bench.calibrate({ trackingGrams: 2.5, antiSkate: 1.5 });
    const reading = await pending;
    assert.deepEqual(reading, { trackingGrams: 2.5, antiSkate: 1.5 });
  });

  it('rejects when the bench reports an error', async () => {
    const pending = waitForEvent<ToneArmReading>(bench, 'calibrated', 500);
    bench.calibrate({ trackingGrams: 3, antiSkate: 2 }, true);
    await assert.rejects(pending, /stylus not seated/);
  });

  it('leaves no listeners behind after success', async () => {
    const pending = waitForEvent<ToneArmReading>(bench, 'calibrated', 500);
    bench.calibrate({ trackingGrams: 1.8, antiSkate: 1 });
    await pending;
    assert.equal(bench.listenerCount('calibrated'), 0);
    assert.equal(bench.listenerCount('error'), 0);
  });

  it('times out when the bench stays silent', async () => {
    const pending = waitForEvent<ToneArmReading>(bench, 'calibrated', 20);
    await assert.rejects(pending, /timed out after 20 ms/);
    assert.equal(bench.listenerCount('calibrated'), 0);
  });

  it('ignores a late second calibration event', async () => {
    const pending = waitForEvent<ToneArmReading>(bench, 'calibrated', 500);
    bench.calibrate({ trackingGrams: 2, antiSkate: 1 });
    bench.calibrate({ trackingGrams: 9, antiSkate: 9 });
    const first = await pending;
    assert.equal(first.trackingGrams, 2);
  });
});
