// expect: none
// The withResolvers deferred is settled by the first matching 'cycleComplete', a 'fault' or the timer, and every path clears the timer and both listeners.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface CycleReport {
  stampId: string;
  side: 'A' | 'B';
  pressSeconds: number;
  peakTempC: number;
}

class FakePress extends EventEmitter {
  constructor(private readonly secondsPerCycle: number) {
    super();
  }

  press(stampId: string, side: 'A' | 'B'): void {
    setImmediate(() => {
      this.emit('cycleComplete', { stampId: 'warmup', side, pressSeconds: 1, peakTempC: 120 });
      this.emit('cycleComplete', { stampId, side, pressSeconds: this.secondsPerCycle, peakTempC: 168 });
    });
  }

  jam(): void {
    setImmediate(() => this.emit('fault', new Error('hydraulic pressure lost')));
  }
}

function waitForCycle(press: EventEmitter, stampId: string, timeoutMs: number): Promise<CycleReport> {
  const { promise, resolve, reject } = Promise.withResolvers<CycleReport>();

  const onComplete = (report: CycleReport) => {
    if (report.stampId !== stampId) return;
    cleanup();
    resolve(report);
  };
  const onFault = (err: Error) => {
    cleanup();
    reject(err);
  };
  const timer = setTimeout(() => {
    cleanup();
    reject(new Error(`press cycle for ${stampId} exceeded ${timeoutMs}ms`));
  }, timeoutMs);

  function cleanup(): void {
    clearTimeout(timer);
    press.off('cycleComplete', onComplete);
    press.off('fault', onFault);
  }

  press.on('cycleComplete', onComplete);
  press.on('fault', onFault);
  return promise;
}

test('resolves with the report for the requested stamper only', async () => {
  const press = new FakePress(22);
  const pending = waitForCycle(press, 'LP-0042-A', 1_000);
  press.press('LP-0042-A', 'A');

  const report = await pending;
  assert.equal(report.stampId, 'LP-0042-A');
  assert.equal(report.pressSeconds, 22);
  assert.equal(press.listenerCount('cycleComplete'), 0);
  assert.equal(press.listenerCount('fault'), 0);
});

test('rejects when the press reports a fault', async () => {
  const press = new FakePress(22);
  const pending = waitForCycle(press, 'LP-0043-B', 1_000);
  press.jam();

  await assert.rejects(pending, /hydraulic pressure lost/);
  assert.equal(press.listenerCount('fault'), 0);
});

test('rejects when no matching cycle arrives in time', async () => {
  const press = new FakePress(22);
  const pending = waitForCycle(press, 'LP-0044-A', 20);
  press.press('LP-0099-A', 'A');

  await assert.rejects(pending, /exceeded 20ms/);
  assert.equal(press.listenerCount('cycleComplete'), 0);
});

test('two sides pressed back to back each get their own report', async () => {
  const press = new FakePress(19);
  const sideA = waitForCycle(press, 'LP-0045-A', 1_000);
  const sideB = waitForCycle(press, 'LP-0045-B', 1_000);
  press.press('LP-0045-A', 'A');
  press.press('LP-0045-B', 'B');

  const [a, b] = await Promise.all([sideA, sideB]);
  assert.equal(a.side, 'A');
  assert.equal(b.side, 'B');
  assert.ok(a.peakTempC > 150 && b.peakTempC > 150);
});
