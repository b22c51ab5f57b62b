// expect: none
// readGust uses once-style listeners that remove each other and a cleared timeout, so the promise under test settles exactly once on whichever event comes first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface GustSample {
  knots: number;
  directionDeg: number;
}

function readGust(anemometer: EventEmitter, timeoutMs: number): Promise<GustSample> {
  return new Promise<GustSample>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      anemometer.off('gust', onGust);
      anemometer.off('error', onError);
    };
    const onGust = (sample: GustSample) => {
      cleanup();
      resolve(sample);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no gust reported within ${timeoutMs} ms`));
    }, timeoutMs);
    anemometer.on('gust', onGust);
    anemometer.on('error', onError);
  });
}

describe('readGust', () => {
  let anemometer: EventEmitter;

  before(() => {
    anemometer = new EventEmitter();
  });

  after(() => {
    anemometer.removeAllListeners();
  });

  test('resolves with the first gust and detaches', async () => {
    const pending = readGust(anemometer, 500);
    anemometer.emit('gust', { knots: 23, directionDeg: 240 });
    anemometer.emit('gust', { knots: 31, directionDeg: 250 });
    assert.deepEqual(await pending, { knots: 23, directionDeg: 240 });
    assert.equal(anemometer.listenerCount('gust'), 0);
    assert.equal(anemometer.listenerCount('error'), 0);
  });

  test('rejects on a sensor error', async () => {
    const pending = readGust(anemometer, 500);
    anemometer.emit('error', new Error('cup seized'));
    await assert.rejects(pending, /cup seized/);
    assert.equal(anemometer.listenerCount('gust'), 0);
  });

  test('rejects when the beach is dead calm', async () => {
    await assert.rejects(readGust(anemometer, 20), /no gust reported/);
    assert.equal(anemometer.listenerCount('gust'), 0);
    assert.equal(anemometer.listenerCount('error'), 0);
  });
});
