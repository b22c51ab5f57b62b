// expect: none
// The waitForStable waiter listens to both 'stable' and 'error', arms a timeout, and a shared cleanup clears the timer and removes both listeners before settling, so it settles exactly once on every outcome.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Microphone { sampleHz(): number }
interface StableEvent { note: string; hz: number; cents: number }

function centsBetween(hz: number, targetHz: number): number {
  return 1200 * Math.log2(hz / targetHz);
}

class TuningSession extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private inTolerance = 0;

  constructor(
    private readonly mic: Microphone,
    private readonly note: string,
    private readonly targetHz: number,
    private readonly toleranceCents = 1.5,
    private readonly needed = 3,
  ) {
    super();
  }

  start(everyMs = 100): void {
    this.timer = setInterval(() => {
      let hz: number;
      try {
        hz = this.mic.sampleHz();
      } catch (err) {
        this.stop();
        this.emit('error', err);
        return;
      }
      const cents = centsBetween(hz, this.targetHz);
      this.inTolerance = Math.abs(cents) <= this.toleranceCents ? this.inTolerance + 1 : 0;
      if (this.inTolerance === this.needed) this.emit('stable', { note: this.note, hz, cents });
    }, everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

function waitForStable(session: TuningSession, timeoutMs: number): Promise<StableEvent> {
  return new Promise<StableEvent>((resolve, reject) => {
    const cleanup = (): void => {
      clearTimeout(timer);
      session.off('stable', onStable);
      session.off('error', onError);
    };
    const onStable = (ev: StableEvent): void => {
      cleanup();
      resolve(ev);
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`string never settled within ${timeoutMs}ms`));
    }, timeoutMs);
    session.on('stable', onStable);
    session.on('error', onError);
  });
}

describe('TuningSession (A4 at 415 Hz, baroque pitch)', () => {
  let pitches: number[];
  let session: TuningSession;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setInterval', 'setTimeout'] });
    pitches = [];
    const mic: Microphone = { sampleHz: mock.fn(() => pitches.shift() ?? 0) };
    session = new TuningSession(mic, 'A4', 415);
    session.start(100);
  });

  afterEach(() => {
    session.stop();
    session.removeAllListeners();
    mock.timers.reset();
  });

  it('reports stable after three in-tolerance samples', async () => {
    pitches.push(417.9, 415.3, 415.1, 414.9);
    const stable = waitForStable(session, 5000);
    mock.timers.tick(400);
    const ev = await stable;
    assert.equal(ev.note, 'A4');
    assert.ok(Math.abs(ev.cents) < 1.5);
  });

  it('times out when the string keeps drifting', async () => {
    pitches.push(...Array.from({ length: 60 }, (_, i) => (i % 2 ? 420 : 410)));
    const stable = waitForStable(session, 2000);
    mock.timers.tick(2000);
    await assert.rejects(stable, /never settled/);
  });

  it('surfaces microphone failures', async () => {
    const failing = new TuningSession({ sampleHz: () => { throw new Error('mic unplugged'); } }, 'D5', 554.4);
    failing.start(100);
    const stable = waitForStable(failing, 5000);
    mock.timers.tick(100);
    await assert.rejects(stable, /mic unplugged/);
    failing.stop();
  });
});
