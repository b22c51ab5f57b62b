// expect: no-multiple-settle
// collectDrain's timeout is never cleared when 'drained' or 'error' wins, so the timer later rejects the already-settled promise and keeps the process alive.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface DrainReport {
  netId: string;
  litres: number;
  conductivityUs: number;
}

class FogNetCollector extends EventEmitter {
  private buffered = 0;

  constructor(readonly netId: string) {
    super();
  }

  condense(litres: number): void {
    this.buffered += litres;
  }

  openValve(conductivityUs = 42): void {
    const litres = this.buffered;
    this.buffered = 0;
    setImmediate(() => this.emit('drained', { netId: this.netId, litres, conductivityUs }));
  }

  jam(): void {
    setImmediate(() => this.emit('error', new Error(`valve jammed on ${this.netId}`)));
  }
}

function collectDrain(collector: FogNetCollector, timeoutMs: number): Promise<DrainReport> {
  return new Promise<DrainReport>((resolve, reject) => {
    const onDrained = (report: DrainReport) => {
      collector.off('error', onError);
      resolve(report);
    };
    const onError = (err: Error) => {
      collector.off('drained', onDrained);
      reject(err);
    };
    setTimeout(() => {
      collector.off('drained', onDrained);
      collector.off('error', onError);
      reject(new Error(`net ${collector.netId} did not drain within ${timeoutMs}ms`));
    }, timeoutMs);
    collector.once('drained', onDrained);
    collector.once('error', onError);
  });
}

describe('collectDrain', () => {
  let collector: FogNetCollector;

  beforeEach(() => {
    collector = new FogNetCollector('ridge-north-3');
  });

  afterEach(() => {
    collector.removeAllListeners();
  });

  it('reports the litres condensed since the last drain', async () => {
    collector.condense(3.5);
    collector.condense(1.25);
    const pending = collectDrain(collector, 5_000);
    collector.openValve();
    const report = await pending;
    assert.equal(report.litres, 4.75);
    assert.equal(report.netId, 'ridge-north-3');
  });

  it('resets the buffer after draining', async () => {
    collector.condense(2);
    const first = collectDrain(collector, 5_000);
    collector.openValve();
    await first;
    const second = collectDrain(collector, 5_000);
    collector.openValve();
    assert.equal((await second).litres, 0);
  });

  it('rejects when the valve jams', async () => {
    const pending = collectDrain(collector, 5_000);
    collector.jam();
    await assert.rejects(pending, /valve jammed/);
    assert.equal(collector.listenerCount('drained'), 0);
  });

  it('rejects when nothing drains in time', async () => {
    await assert.rejects(collectDrain(collector, 25), /did not drain within 25ms/);
  });

  it('carries conductivity through for water quality checks', async () => {
    collector.condense(0.8);
    const pending = collectDrain(collector, 5_000);
    collector.openValve(118);
    const report = await pending;
    assert.ok(report.conductivityUs > 100);
  });
});
