// expect: none
// Each once() waiter is created before the call that triggers the event and the only code before it is awaited is synchronous, so its rejection always has a handler in time.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface FaultFix {
  segment: string;
  distanceKm: number;
  method: 'otdr' | 'electrode';
}

/** Locates a shunt fault on a submarine cable from OTDR traces. */
class FaultLocator extends EventEmitter {
  private readonly kmPerMicrosecond = 0.1023; // light in fibre, one way

  constructor(private readonly readTrace: (segment: string) => number[]) {
    super();
  }

  start(segment: string): void {
    setImmediate(() => {
      try {
        const trace = this.readTrace(segment);
        const spike = trace.findIndex((db, i) => i > 0 && db - trace[i - 1] > 3);
        if (spike < 0) throw new Error(`no reflection found on ${segment}`);
        const fix: FaultFix = { segment, distanceKm: spike * this.kmPerMicrosecond, method: 'otdr' };
        this.emit('located', fix);
      } catch (err) {
        this.emit('error', err);
      }
    });
  }
}

describe('FaultLocator', () => {
  let readTrace: ReturnType<typeof mock.fn<(segment: string) => number[]>>;
  let locator: FaultLocator;

  beforeEach(() => {
    readTrace = mock.fn<(segment: string) => number[]>(() => [0, 0.2, 0.1, 0.3, 6.1, 0.2]);
    locator = new FaultLocator(readTrace);
  });

  afterEach(() => {
    locator.removeAllListeners();
    mock.restoreAll();
  });

  it('reports the distance to the first strong reflection', async () => {
    const located = once(locator, 'located');
    locator.start('SEG-3 Porthcurno–Bilbao');
    const [fix] = (await located) as [FaultFix];

    assert.equal(fix.segment, 'SEG-3 Porthcurno–Bilbao');
    assert.ok(Math.abs(fix.distanceKm - 0.4092) < 1e-9);
    assert.equal(readTrace.mock.callCount(), 1);
  });

  it('rejects the waiter when the trace is flat', async () => {
    readTrace.mock.mockImplementation(() => [0.1, 0.1, 0.2, 0.1]);
    const located = once(locator, 'located');
    locator.start('SEG-1');
    await assert.rejects(located, /no reflection found on SEG-1/);
  });

  it('surfaces reader failures as errors', async () => {
    readTrace.mock.mockImplementation(() => {
      throw new Error('OTDR not responding');
    });
    const failed = once(locator, 'error');
    locator.start('SEG-2');
    const [err] = await failed;
    assert.match((err as Error).message, /OTDR not responding/);
  });
});
