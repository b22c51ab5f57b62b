// expect: no-uncalled-async-function
// The afterEach hook does `await dome.stop` without calling it, so the simulator is never parked or stopped and its journal is never flushed between tests.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface JournalEntry {
  at: number;
  event: 'slew' | 'shutter' | 'park' | 'stop';
  detail?: string;
}

declare const journalSink: { write(entries: JournalEntry[]): Promise<void> };

class DomeSimulator {
  azimuth = 0;
  shutterOpen = false;
  private slewTimer: ReturnType<typeof setInterval> | undefined;
  private readonly journal: JournalEntry[] = [];

  async start(): Promise<void> {
    this.azimuth = 0;
    this.shutterOpen = false;
  }

  slewTo(target: number, degPerTick = 3): void {
    clearInterval(this.slewTimer);
    this.journal.push({ at: Date.now(), event: 'slew', detail: String(target) });
    this.slewTimer = setInterval(() => {
      const diff = target - this.azimuth;
      if (Math.abs(diff) <= degPerTick) {
        this.azimuth = target;
        clearInterval(this.slewTimer);
        return;
      }
      this.azimuth += Math.sign(diff) * degPerTick;
    }, 100);
  }

  openShutter(): void {
    this.shutterOpen = true;
    this.journal.push({ at: Date.now(), event: 'shutter', detail: 'open' });
  }

  async stop(): Promise<void> {
    clearInterval(this.slewTimer);
    this.shutterOpen = false;
    this.azimuth = 0;
    this.journal.push({ at: Date.now(), event: 'park' }, { at: Date.now(), event: 'stop' });
    await journalSink.write(this.journal.splice(0));
  }
}

describe('dome simulator', () => {
  let dome: DomeSimulator;

  beforeEach(async () => {
    mock.timers.enable({ apis: ['setInterval'] });
    dome = new DomeSimulator();
    await dome.start();
  });

  afterEach(async () => {
    await dome.stop;
    mock.timers.reset();
  });

  it('slews to the requested azimuth', () => {
    dome.slewTo(30);
    mock.timers.tick(1_000);
    assert.equal(dome.azimuth, 30);
  });

  it('slews in steps rather than jumping', () => {
    dome.slewTo(90);
    mock.timers.tick(300);
    assert.equal(dome.azimuth, 9);
  });

  it('retargets a slew already in progress', () => {
    dome.slewTo(90);
    mock.timers.tick(500);
    dome.slewTo(6);
    mock.timers.tick(1_000);
    assert.equal(dome.azimuth, 6);
  });

  it('opens the shutter', () => {
    dome.openShutter();
    assert.equal(dome.shutterOpen, true);
  });
});
