// expect: none
// waitForFix settles from exactly one of fix, error or timeout, and every path runs cleanup that clears the timer and removes both listeners first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface GpsFix {
  lat: number;
  lon: number;
  satellites: number;
  hdop: number;
}

class GroomerGps extends EventEmitter {
  constructor(readonly unitId: string) {
    super();
  }

  waitForFix(minSatellites: number, timeoutMs: number): Promise<GpsFix> {
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        this.off('fix', onFix);
        this.off('error', onError);
      };
      const onFix = (fix: GpsFix) => {
        if (fix.satellites < minSatellites || fix.hdop > 5) return;
        cleanup();
        resolve(fix);
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`${this.unitId}: no usable fix within ${timeoutMs}ms`));
      }, timeoutMs);
      this.on('fix', onFix);
      this.on('error', onError);
    });
  }
}

describe('GroomerGps.waitForFix', () => {
  let gps: GroomerGps;

  before(() => {
    gps = new GroomerGps('pb600-3');
  });

  after(() => {
    gps.removeAllListeners();
  });

  test('resolves with the first fix that has enough satellites', async () => {
    const pending = gps.waitForFix(6, 500);
    gps.emit('fix', { lat: 47.12, lon: 10.9, satellites: 4, hdop: 2.1 });
    gps.emit('fix', { lat: 47.13, lon: 10.91, satellites: 8, hdop: 1.2 });
    const fix = await pending;
    assert.equal(fix.satellites, 8);
    assert.equal(gps.listenerCount('fix'), 0);
  });

  test('ignores fixes with poor dilution of precision', async () => {
    const pending = gps.waitForFix(5, 500);
    gps.emit('fix', { lat: 47.1, lon: 10.9, satellites: 9, hdop: 7.5 });
    gps.emit('fix', { lat: 47.1, lon: 10.9, satellites: 9, hdop: 1.8 });
    assert.equal((await pending).hdop, 1.8);
  });

  test('rejects when the receiver reports an error', async () => {
    const pending = gps.waitForFix(5, 500);
    gps.emit('error', new Error('antenna short circuit'));
    await assert.rejects(pending, /antenna short circuit/);
    assert.equal(gps.listenerCount('error'), 0);
  });

  test('rejects after the timeout under a tree canopy', async () => {
    const pending = gps.waitForFix(5, 30);
    gps.emit('fix', { lat: 47.1, lon: 10.9, satellites: 3, hdop: 4 });
    await assert.rejects(pending, { message: 'pb600-3: no usable fix within 30ms' });
    assert.equal(gps.listenerCount('fix'), 0);
  });
});
