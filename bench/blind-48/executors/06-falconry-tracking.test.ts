// expect: none
// Correct: the helper resolves on the first matching fix and removes its listeners; 'error' and a cleared timeout cover every other path.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Fix {
  birdId: string;
  lat: number;
  lon: number;
  altitudeM: number;
}

class FakeTelemetryReceiver extends EventEmitter {
  pushFix(fix: Fix): void {
    this.emit('fix', fix);
  }
  fail(err: Error): void {
    this.emit('error', err);
  }
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function waitForReturn(
  receiver: EventEmitter,
  birdId: string,
  mews: { lat: number; lon: number },
  radiusKm: number,
  timeoutMs: number,
): Promise<Fix> {
  return new Promise<Fix>((resolve, reject) => {
    const onFix = (fix: Fix) => {
      if (fix.birdId !== birdId || distanceKm(mews, fix) > radiusKm) return;
      finish();
      resolve(fix);
    };
    const onError = (err: Error) => {
      finish();
      reject(err);
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`${birdId} not back within ${radiusKm}km after ${timeoutMs}ms`));
    }, timeoutMs);
    function finish(): void {
      clearTimeout(timer);
      receiver.off('fix', onFix);
      receiver.off('error', onError);
    }
    receiver.on('fix', onFix);
    receiver.on('error', onError);
  });
}

const MEWS = { lat: 51.501, lon: -0.142 };

describe('waitForReturn', () => {
  let receiver: FakeTelemetryReceiver;

  beforeEach(() => {
    receiver = new FakeTelemetryReceiver();
  });

  it('ignores other birds and distant fixes, then resolves on the first fix inside the radius', async () => {
    const pending = waitForReturn(receiver, 'harris-7', MEWS, 0.5, 1_000);
    receiver.pushFix({ birdId: 'peregrine-2', lat: 51.501, lon: -0.142, altitudeM: 30 });
    receiver.pushFix({ birdId: 'harris-7', lat: 51.52, lon: -0.1, altitudeM: 120 });
    receiver.pushFix({ birdId: 'harris-7', lat: 51.5012, lon: -0.1418, altitudeM: 4 });
    receiver.pushFix({ birdId: 'harris-7', lat: 51.5011, lon: -0.1419, altitudeM: 2 });
    const fix = await pending;
    assert.equal(fix.altitudeM, 4);
    assert.equal(receiver.listenerCount('fix'), 0);
  });

  it('rejects when the receiver reports an error', async () => {
    const rejection = assert.rejects(waitForReturn(receiver, 'harris-7', MEWS, 0.5, 1_000), /antenna fault/);
    receiver.fail(new Error('antenna fault'));
    await rejection;
    assert.equal(receiver.listenerCount('error'), 0);
  });

  it('times out and detaches when the bird never comes back', async () => {
    await assert.rejects(waitForReturn(receiver, 'harris-7', MEWS, 0.5, 20), /not back within/);
    assert.equal(receiver.listenerCount('fix'), 0);
  });
});
