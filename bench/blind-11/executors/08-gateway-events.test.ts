// expect: none
// Correct: waitForEvent settles once on the awaited event, on 'error', or on timeout, and removes the other listeners and the timer in every case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

function waitForEvent<T extends unknown[]>(emitter: EventEmitter, event: string, timeoutMs = 1000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onEvent = (...args: unknown[]) => {
      cleanup();
      resolve(args as T);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for "${event}" after ${timeoutMs}ms`));
    }, timeoutMs);

    function cleanup() {
      clearTimeout(timer);
      emitter.off(event, onEvent);
      emitter.off('error', onError);
    }

    emitter.on(event, onEvent);
    emitter.on('error', onError);
  });
}

interface Reading {
  deviceId: string;
  metric: 'temp' | 'humidity';
  value: number;
}

class SensorGateway extends EventEmitter {
  private readonly lastSeen = new Map<string, number>();

  ingest(frame: string) {
    const parts = frame.trim().split(',');
    if (parts.length !== 3) {
      this.emit('error', new Error(`malformed frame: ${frame}`));
      return;
    }
    const [deviceId, metric, raw] = parts;
    if (metric !== 'temp' && metric !== 'humidity') {
      this.emit('error', new Error(`unknown metric ${metric}`));
      return;
    }
    if (!this.lastSeen.has(deviceId)) this.emit('device-online', deviceId);
    this.lastSeen.set(deviceId, Date.now());
    this.emit('reading', { deviceId, metric, value: Number(raw) } satisfies Reading);
  }
}

test('emits a reading for a well-formed frame', async () => {
  const gw = new SensorGateway();
  const pending = waitForEvent<[Reading]>(gw, 'reading');
  gw.ingest('greenhouse-3,temp,21.5\n');
  const [reading] = await pending;
  assert.deepEqual(reading, { deviceId: 'greenhouse-3', metric: 'temp', value: 21.5 });
  assert.equal(gw.listenerCount('reading'), 0);
  assert.equal(gw.listenerCount('error'), 0);
});

test('announces a device the first time it is seen', async () => {
  const gw = new SensorGateway();
  const online = waitForEvent<[string]>(gw, 'device-online');
  gw.ingest('cellar-1,humidity,64');
  assert.deepEqual(await online, ['cellar-1']);
});

test('rejects on malformed frames instead of emitting a reading', async () => {
  const gw = new SensorGateway();
  const pending = waitForEvent<[Reading]>(gw, 'reading', 200);
  gw.ingest('cellar-1;temp;12');
  await assert.rejects(pending, /malformed frame/);
});

test('times out when nothing is ingested', async () => {
  const gw = new SensorGateway();
  await assert.rejects(waitForEvent(gw, 'reading', 50), /timed out/);
  assert.equal(gw.listenerCount('reading'), 0);
});
