// expect: no-swallowed-abort
// readWithRetry treats every failure as a flaky probe, so an AbortError from the caller's signal is retried and finally rethrown as a generic "probe unreachable" error, making an operator cancel look like a thermocouple fault that trips the kiln alarm.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface PyrometerProbe {
  read(opts: { signal: AbortSignal }): Promise<number>;
}

class ProbeUnreachableError extends Error {
  constructor(attempts: number, options?: ErrorOptions) {
    super(`probe unreachable after ${attempts} attempts`, options);
    this.name = 'ProbeUnreachableError';
  }
}

async function readWithRetry(probe: PyrometerProbe, signal: AbortSignal, attempts = 3): Promise<number> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await probe.read({ signal });
    } catch (err) {
      lastError = err;
    }
  }
  throw new ProbeUnreachableError(attempts, { cause: lastError });
}

class KilnAlarm extends EventEmitter {
  async check(probe: PyrometerProbe, limitC: number, signal: AbortSignal): Promise<'ok' | 'over'> {
    try {
      const celsius = await readWithRetry(probe, signal);
      return celsius > limitC ? 'over' : 'ok';
    } catch (err) {
      if (err instanceof ProbeUnreachableError) this.emit('fault', err);
      throw err;
    }
  }
}

describe('KilnAlarm.check', () => {
  let controller: AbortController;
  let alarm: KilnAlarm;
  let faults: Error[];

  beforeEach(() => {
    controller = new AbortController();
    alarm = new KilnAlarm();
    faults = [];
    alarm.on('fault', (err: Error) => faults.push(err));
  });

  afterEach(() => {
    controller.abort();
    alarm.removeAllListeners();
    mock.restoreAll();
  });

  it('reports over-temperature from a healthy probe', async () => {
    const read = mock.fn<PyrometerProbe['read']>(async () => 1310);
    assert.equal(await alarm.check({ read }, 1285, controller.signal), 'over');
    assert.deepEqual(read.mock.calls[0].arguments, [{ signal: controller.signal }]);
  });

  it('retries a flaky probe before succeeding', async () => {
    let calls = 0;
    const read = mock.fn<PyrometerProbe['read']>(async () => {
      calls += 1;
      if (calls < 3) throw new Error('crc mismatch');
      return 1200;
    });
    assert.equal(await alarm.check({ read }, 1285, controller.signal), 'ok');
    assert.equal(read.mock.callCount(), 3);
  });

  it('raises a fault when the probe never answers', async () => {
    const read = mock.fn<PyrometerProbe['read']>(async () => {
      throw new Error('timeout on RS-485');
    });
    await assert.rejects(alarm.check({ read }, 1285, controller.signal), ProbeUnreachableError);
    assert.equal(faults.length, 1);
  });
});
