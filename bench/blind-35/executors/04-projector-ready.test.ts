// expect: none
// waitForReady clears its timer and removes both listeners on every outcome, so ready, error and timeout each settle once.
import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface ReadyInfo {
  lampHours: number;
  domeCalibrated: boolean;
  firmware: string;
}

class FakeStarProjector extends EventEmitter {
  private pending: NodeJS.Timeout[] = [];

  bootAfter(ms: number, info: ReadyInfo): void {
    this.pending.push(setTimeout(() => this.emit('ready', info), ms));
  }

  failAfter(ms: number, message: string): void {
    this.pending.push(setTimeout(() => this.emit('error', new Error(message)), ms));
  }

  shutdown(): void {
    for (const t of this.pending) clearTimeout(t);
    this.pending = [];
    this.removeAllListeners();
  }
}

function waitForReady(projector: EventEmitter, timeoutMs: number): Promise<ReadyInfo> {
  return new Promise<ReadyInfo>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`projector not ready after ${timeoutMs} ms`));
    }, timeoutMs);
    const onReady = (info: ReadyInfo) => {
      cleanup();
      resolve(info);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    function cleanup() {
      clearTimeout(timer);
      projector.off('ready', onReady);
      projector.off('error', onError);
    }
    projector.on('ready', onReady);
    projector.on('error', onError);
  });
}

describe('waitForReady', () => {
  let projector: FakeStarProjector;

  afterEach(() => {
    projector.shutdown();
  });

  it('resolves with the boot report', async () => {
    projector = new FakeStarProjector();
    projector.bootAfter(5, { lampHours: 1420, domeCalibrated: true, firmware: '4.2.1' });
    const info = await waitForReady(projector, 200);
    assert.equal(info.firmware, '4.2.1');
    assert.equal(info.domeCalibrated, true);
  });

  it('rejects when the lamp fails to strike', async () => {
    projector = new FakeStarProjector();
    projector.failAfter(5, 'lamp strike failed');
    await assert.rejects(waitForReady(projector, 200), /lamp strike failed/);
  });

  it('rejects after the timeout when nothing happens', async () => {
    projector = new FakeStarProjector();
    await assert.rejects(waitForReady(projector, 20), /not ready after 20 ms/);
  });

  it('leaves no listeners behind after any outcome', async () => {
    projector = new FakeStarProjector();
    projector.bootAfter(1, { lampHours: 10, domeCalibrated: false, firmware: '4.2.0' });
    await waitForReady(projector, 100);
    assert.equal(projector.listenerCount('ready'), 0);
    assert.equal(projector.listenerCount('error'), 0);
  });

  it('ignores a late error once ready has been reported', async () => {
    projector = new FakeStarProjector();
    projector.bootAfter(1, { lampHours: 10, domeCalibrated: true, firmware: '4.2.1' });
    const info = await waitForReady(projector, 100);
    projector.on('error', () => {});
    projector.emit('error', new Error('late fault'));
    assert.equal(info.lampHours, 10);
  });
});
