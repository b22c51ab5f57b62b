// expect: none
// The humidity wait cleans up its listeners and timer through one settle path for reading, sensor error and timeout, and the tests only exercise that behaviour.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface HumidityReading {
  shelf: string;
  relativeHumidity: number;
}

function waitForHumidity(sensor: EventEmitter, target: number, timeoutMs: number): Promise<HumidityReading> {
  return new Promise<HumidityReading>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      sensor.off('reading', onReading);
      sensor.off('error', onError);
    };
    const onReading = (reading: HumidityReading) => {
      if (reading.relativeHumidity < target) return;
      cleanup();
      resolve(reading);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`cave humidity stayed below ${target}% for ${timeoutMs}ms`));
    }, timeoutMs);

    sensor.on('reading', onReading);
    sensor.on('error', onError);
  });
}

describe('waitForHumidity', () => {
  let sensor: EventEmitter;

  before(() => {
    sensor = new EventEmitter();
  });

  after(() => {
    sensor.removeAllListeners();
  });

  test('resolves with the first reading at or above target', async () => {
    const pending = waitForHumidity(sensor, 92, 500);
    sensor.emit('reading', { shelf: 'A3', relativeHumidity: 88 });
    sensor.emit('reading', { shelf: 'A3', relativeHumidity: 93 });
    sensor.emit('reading', { shelf: 'A4', relativeHumidity: 95 });
    const reading = await pending;
    assert.deepEqual(reading, { shelf: 'A3', relativeHumidity: 93 });
    assert.equal(sensor.listenerCount('reading'), 0);
  });

  test('rejects when the sensor errors', async () => {
    const pending = waitForHumidity(sensor, 92, 500);
    sensor.emit('error', new Error('hygrometer offline'));
    await assert.rejects(pending, /hygrometer offline/);
    assert.equal(sensor.listenerCount('error'), 0);
  });

  test('rejects after the timeout when the cave stays dry', async () => {
    const pending = waitForHumidity(sensor, 95, 30);
    sensor.emit('reading', { shelf: 'B1', relativeHumidity: 80 });
    await assert.rejects(pending, /stayed below 95%/);
    assert.equal(sensor.listenerCount('reading'), 0);
  });
});
