// expect: none
// waitForSpeed receives the signal and hands it to every sleep, and each test passes AbortSignal.timeout so a stuck drive fails fast instead of hanging.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

class SectionDrive {
  speedMpm = 0;
  private target = 0;
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor(readonly section: 'wire' | 'press' | 'dryer' | 'reel', private readonly rampPerTick = 50) {}

  start(): void {
    this.ticker = setInterval(() => {
      const delta = this.target - this.speedMpm;
      this.speedMpm += Math.sign(delta) * Math.min(Math.abs(delta), this.rampPerTick);
    }, 5);
  }

  setTarget(mpm: number): void {
    this.target = mpm;
  }

  stop(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
  }
}

async function waitForSpeed(
  drive: SectionDrive,
  mpm: number,
  { signal, toleranceMpm = 5, pollMs = 10 }: { signal: AbortSignal; toleranceMpm?: number; pollMs?: number },
): Promise<number> {
  let polls = 0;
  while (Math.abs(drive.speedMpm - mpm) > toleranceMpm) {
    await sleep(pollMs, undefined, { signal });
    polls++;
  }
  return polls;
}

describe('SectionDrive ramping', () => {
  let wire: SectionDrive;
  let reel: SectionDrive;

  beforeEach(() => {
    wire = new SectionDrive('wire', 100);
    reel = new SectionDrive('reel', 40);
    wire.start();
    reel.start();
  });

  afterEach(() => {
    wire.stop();
    reel.stop();
  });

  it('ramps the wire section to 900 m/min', async () => {
    wire.setTarget(900);
    await waitForSpeed(wire, 900, { signal: AbortSignal.timeout(2_000) });
    assert.ok(Math.abs(wire.speedMpm - 900) <= 5);
  });

  it('keeps the reel slower than the wire during a draw change', async () => {
    wire.setTarget(600);
    reel.setTarget(612);
    await Promise.all([
      waitForSpeed(wire, 600, { signal: AbortSignal.timeout(2_000) }),
      waitForSpeed(reel, 612, { signal: AbortSignal.timeout(2_000) }),
    ]);
    assert.ok(reel.speedMpm > wire.speedMpm, 'reel must pull the sheet');
  });

  it('gives up when a stopped drive never reaches speed', async () => {
    reel.stop();
    reel.setTarget(500);
    await assert.rejects(
      waitForSpeed(reel, 500, { signal: AbortSignal.timeout(100) }),
      (err: Error) => err.name === 'TimeoutError' || err.name === 'AbortError',
    );
  });
});
