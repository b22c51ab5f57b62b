// expect: none
// readWithRetry retries only transient sensor faults: it rethrows as soon as the signal is aborted and passes the signal to the backoff sleep, so the teardown abort in these tests ends the sampling loop with an AbortError instead of retrying or returning a reading.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Anemometer {
  read(opts: { signal: AbortSignal }): Promise<number>;
}

class TransientSensorError extends Error {
  override name = 'TransientSensorError';
}

async function readWithRetry(sensor: Anemometer, signal: AbortSignal, attempts = 3, backoffMs = 5): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sensor.read({ signal });
    } catch (err) {
      if (signal.aborted) throw err;
      if (!(err instanceof TransientSensorError) || attempt >= attempts) throw err;
      await sleep(backoffMs * attempt, undefined, { signal });
    }
  }
}

async function averageAirspeed(sensor: Anemometer, samples: number, signal: AbortSignal): Promise<number> {
  let total = 0;
  for (let i = 0; i < samples; i++) total += await readWithRetry(sensor, signal);
  return total / samples;
}

describe('averageAirspeed', () => {
  let controller: AbortController;
  let sensor: Anemometer & { read: ReturnType<typeof mock.fn<Anemometer['read']>> };

  beforeEach(() => {
    controller = new AbortController();
    sensor = { read: mock.fn<Anemometer['read']>(async () => 42) };
  });

  afterEach(() => {
    controller.abort();
    mock.restoreAll();
  });

  it('averages the requested number of samples', async () => {
    let n = 0;
    sensor.read.mock.mockImplementation(async () => 40 + (n++ % 3));
    const avg = await averageAirspeed(sensor, 6, controller.signal);
    assert.equal(avg, 41);
    assert.equal(sensor.read.mock.callCount(), 6);
  });

  it('retries transient faults', async () => {
    sensor.read.mock.mockImplementationOnce(async () => {
      throw new TransientSensorError('pitot tube icing');
    }, 0);
    const avg = await averageAirspeed(sensor, 1, controller.signal);
    assert.equal(avg, 42);
    assert.equal(sensor.read.mock.callCount(), 2);
  });

  it('does not retry once the run is aborted', async () => {
    sensor.read.mock.mockImplementation(async ({ signal }) => {
      controller.abort();
      signal.throwIfAborted();
      return 0;
    });
    await assert.rejects(averageAirspeed(sensor, 3, controller.signal), { name: 'AbortError' });
    assert.equal(sensor.read.mock.callCount(), 1);
  });

  it('gives up on persistent faults', async () => {
    sensor.read.mock.mockImplementation(async () => {
      throw new TransientSensorError('balance disconnected');
    });
    await assert.rejects(averageAirspeed(sensor, 1, controller.signal), TransientSensorError);
    assert.equal(sensor.read.mock.callCount(), 3);
  });
});
