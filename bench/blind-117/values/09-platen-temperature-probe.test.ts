// expect: no-read-before-settle
// refresh() starts execFile and returns the map entry immediately, before the callback that stores the new reading has run, so callers get the previous (or no) reading.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

interface PlatenReading {
  pressId: string;
  topC: number;
  bottomC: number;
  at: number;
}

class PlatenTemperatureProbe {
  private readonly latestByPress = new Map<string, PlatenReading>();
  failures = 0;

  constructor(
    private readonly probeBin: string,
    private readonly probeArgs: (pressId: string) => string[],
  ) {}

  refresh(pressId: string): PlatenReading | undefined {
    execFile(this.probeBin, this.probeArgs(pressId), { timeout: 2000 }, (err, stdout) => {
      if (err) {
        this.failures++;
        return;
      }
      const [top, bottom] = stdout.trim().split(/\s+/).map(Number);
      if (Number.isFinite(top) && Number.isFinite(bottom)) {
        this.latestByPress.set(pressId, { pressId, topC: top, bottomC: bottom, at: Date.now() });
      }
    });
    return this.latestByPress.get(pressId);
  }

  latest(pressId: string): PlatenReading | undefined {
    return this.latestByPress.get(pressId);
  }

  readyToPress(pressId: string, targetC = 175, toleranceC = 4): boolean {
    const reading = this.refresh(pressId);
    if (!reading) return false;
    return Math.abs(reading.topC - targetC) <= toleranceC && Math.abs(reading.bottomC - targetC) <= toleranceC;
  }
}

function fakeProbe(output: string): string[] {
  return ['-e', `process.stdout.write(${JSON.stringify(output)})`];
}

describe('PlatenTemperatureProbe', () => {
  let probe: PlatenTemperatureProbe;

  before(() => {
    probe = new PlatenTemperatureProbe(process.execPath, (pressId) =>
      pressId === 'P-broken' ? ['-e', 'process.exit(3)'] : fakeProbe(pressId === 'P1' ? '174.2 176.0' : '120.5 119.8'),
    );
  });

  after(() => {
    probe.failures = 0;
  });

  test('stores the reading reported by the probe', async () => {
    probe.refresh('P1');
    await sleep(1500);
    const reading = probe.latest('P1');
    assert.ok(reading);
    assert.equal(reading.topC, 174.2);
    assert.equal(reading.bottomC, 176);
  });

  test('counts failed probe runs', async () => {
    probe.refresh('P-broken');
    await sleep(1500);
    assert.equal(probe.failures, 1);
    assert.equal(probe.latest('P-broken'), undefined);
  });

  test('a cold platen is not ready', async () => {
    probe.refresh('P2');
    await sleep(1500);
    assert.equal(probe.readyToPress('P2'), false);
  });
});
