// expect: no-multiple-settle
// The nextFrame test helper throws from inside the 'frame' listener when the feed sends an error frame; that throw escapes into the emitter instead of rejecting, so the waiter never settles.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface RadarFrame {
  type: 'scan' | 'error';
  site: string;
  elevationDeg?: number;
  maxDbz?: number;
  message?: string;
}

class FakeRadarFeed extends EventEmitter {
  private timer: ReturnType<typeof setInterval> | undefined;
  private sweep = 0;
  private pendingFault: string | undefined;

  start(site: string, periodMs = 250) {
    this.timer = setInterval(() => {
      if (this.pendingFault) {
        const message = this.pendingFault;
        this.pendingFault = undefined;
        this.emit('frame', JSON.stringify({ type: 'error', site, message }));
        return;
      }
      this.sweep += 1;
      this.emit('frame', JSON.stringify({ type: 'scan', site, elevationDeg: 0.5 * this.sweep, maxDbz: 40 + this.sweep }));
    }, periodMs);
  }

  failNextSweep(message: string) {
    this.pendingFault = message;
  }

  stop() {
    clearInterval(this.timer);
    this.removeAllListeners();
  }
}

function nextFrame(feed: FakeRadarFeed): Promise<RadarFrame> {
  return new Promise<RadarFrame>((resolve) => {
    feed.once('frame', (raw: string) => {
      const frame = JSON.parse(raw) as RadarFrame;
      if (frame.type === 'error') {
        throw new Error(`radar feed error from ${frame.site}: ${frame.message}`);
      }
      resolve(frame);
    });
  });
}

describe('radar feed', () => {
  let feed: FakeRadarFeed;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setInterval'] });
    feed = new FakeRadarFeed();
    feed.start('KTLX');
  });

  afterEach(() => {
    feed.stop();
    mock.timers.reset();
  });

  it('delivers scans in elevation order', async () => {
    const first = nextFrame(feed);
    mock.timers.tick(250);
    const a = await first;
    const second = nextFrame(feed);
    mock.timers.tick(250);
    const b = await second;
    assert.equal(a.type, 'scan');
    assert.ok((b.elevationDeg ?? 0) > (a.elevationDeg ?? 0));
  });

  it('reports reflectivity from the latest sweep', async () => {
    const frame = nextFrame(feed);
    mock.timers.tick(250);
    assert.equal((await frame).maxDbz, 41);
  });

  it('surfaces feed errors to the waiter', async () => {
    const frame = nextFrame(feed);
    feed.failNextSweep('pedestal fault');
    mock.timers.tick(250);
    await assert.rejects(frame, /pedestal fault/);
  });
});
