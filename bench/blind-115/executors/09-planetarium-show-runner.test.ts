// expect: no-multiple-settle
// When a show ends normally the watchdog timer is never cleared, so it later fires and rejects the already-resolved playback promise.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface ShowCue {
  id: string;
  title: string;
  durationSec: number;
}

interface PlaybackSummary {
  showId: string;
  startedAt: number;
  endedAt: number;
}

class DomeProjector extends EventEmitter {
  start(showId: string): void {
    this.emit('started', showId);
  }
}

class ShowRunner {
  constructor(
    private readonly projector: DomeProjector,
    private readonly overrunSec = 120,
  ) {}

  play(show: ShowCue): Promise<PlaybackSummary> {
    const startedAt = Date.now();
    return new Promise<PlaybackSummary>((resolve, reject) => {
      const watchdog = setTimeout(() => {
        this.projector.off('ended', onEnded);
        this.projector.off('fault', onFault);
        reject(new Error(`show ${show.id} overran by more than ${this.overrunSec}s`));
      }, (show.durationSec + this.overrunSec) * 1000);

      const onEnded = (showId: string) => {
        if (showId !== show.id) return;
        this.projector.off('ended', onEnded);
        this.projector.off('fault', onFault);
        resolve({ showId, startedAt, endedAt: Date.now() });
      };
      const onFault = (code: string) => {
        clearTimeout(watchdog);
        this.projector.off('ended', onEnded);
        this.projector.off('fault', onFault);
        reject(new Error(`projector fault ${code} during ${show.title}`));
      };

      this.projector.on('ended', onEnded);
      this.projector.on('fault', onFault);
      this.projector.start(show.id);
    });
  }
}

describe('ShowRunner', () => {
  let projector: DomeProjector;
  let runner: ShowRunner;
  const show: ShowCue = { id: 'aurora-2024', title: 'Aurora: Lights of the North', durationSec: 1 };

  before(() => {
    projector = new DomeProjector();
    runner = new ShowRunner(projector, 1);
  });

  after(() => {
    projector.removeAllListeners();
  });

  test('resolves with a summary when the show ends', async () => {
    projector.once('started', (id: string) => setImmediate(() => projector.emit('ended', id)));
    const summary = await runner.play(show);
    assert.equal(summary.showId, 'aurora-2024');
    assert.ok(summary.endedAt >= summary.startedAt);
    assert.equal(projector.listenerCount('ended'), 0);
  });

  test('ignores the end of a different show', async () => {
    projector.once('started', (id: string) =>
      setImmediate(() => {
        projector.emit('ended', 'other-show');
        projector.emit('ended', id);
      }),
    );
    const summary = await runner.play(show);
    assert.equal(summary.showId, show.id);
  });

  test('rejects on a projector fault', async () => {
    projector.once('started', () => setImmediate(() => projector.emit('fault', 'LAMP-OVERTEMP')));
    await assert.rejects(runner.play(show), /LAMP-OVERTEMP/);
    assert.equal(projector.listenerCount('fault'), 0);
  });
});
