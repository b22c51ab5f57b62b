// expect: none
// waitForLevel clears its polling interval and its deadline timer on both the success and the timeout path, so the promise settles once.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface LevelSensor {
  readMeters(): number;
}

function waitForLevel(
  sensor: LevelSensor,
  targetMeters: number,
  { toleranceMeters = 0.05, pollMs = 10, deadlineMs = 1_000 } = {},
): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const poll = setInterval(() => {
      const level = sensor.readMeters();
      if (Math.abs(level - targetMeters) <= toleranceMeters) {
        clearInterval(poll);
        clearTimeout(deadline);
        resolve(level);
      }
    }, pollMs);

    const deadline = setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`chamber did not reach ${targetMeters} m within ${deadlineMs} ms`));
    }, deadlineMs);
  });
}

class FillingChamber implements LevelSensor {
  private level: number;
  private timer: NodeJS.Timeout | undefined;

  constructor(start: number) {
    this.level = start;
  }

  startFilling(ratePerTick: number, until: number) {
    this.timer = setInterval(() => {
      this.level = Math.min(until, this.level + ratePerTick);
    }, 5);
  }

  stop() {
    clearInterval(this.timer);
  }

  readMeters() {
    return this.level;
  }
}

describe('waitForLevel', () => {
  let chamber: FillingChamber;

  before(() => {
    chamber = new FillingChamber(2.0);
  });

  after(() => {
    chamber.stop();
  });

  test('resolves once the chamber is within tolerance of the upper pound', async () => {
    chamber.startFilling(0.25, 4.6);
    const level = await waitForLevel(chamber, 4.6, { deadlineMs: 2_000 });
    assert.ok(Math.abs(level - 4.6) <= 0.05);
  });

  test('rejects when the level stalls below target', async () => {
    const stalled: LevelSensor = { readMeters: () => 3.1 };
    await assert.rejects(
      waitForLevel(stalled, 4.6, { deadlineMs: 50 }),
      /did not reach 4.6 m within 50 ms/,
    );
  });

  test('resolves immediately-ish when already at level', async () => {
    const level = await waitForLevel({ readMeters: () => 1.2 }, 1.2, { pollMs: 1 });
    assert.equal(level, 1.2);
  });
});
