// expect: none
// waitForCalmWind lets the AbortError from events.on propagate, and the tests only assert on it with assert.rejects rather than swallowing it.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, on } from 'node:events';

interface WindReading {
  towerId: string;
  gustMs: number;
  directionDeg: number;
}

async function waitForCalmWind(
  anemometer: EventEmitter,
  options: { limitMs: number; calmReadings: number; signal: AbortSignal },
): Promise<number> {
  let calmInARow = 0;
  let seen = 0;
  for await (const [reading] of on(anemometer, 'reading', { signal: options.signal })) {
    const r = reading as WindReading;
    seen++;
    calmInARow = r.gustMs < options.limitMs ? calmInARow + 1 : 0;
    if (calmInARow >= options.calmReadings) return seen;
  }
  throw new Error('anemometer stream ended');
}

describe('waitForCalmWind', () => {
  let anemometer: EventEmitter;
  let feed: NodeJS.Timeout | undefined;

  function play(gusts: number[], everyMs = 2): void {
    let i = 0;
    feed = setInterval(() => {
      if (i >= gusts.length) {
        clearInterval(feed);
        return;
      }
      anemometer.emit('reading', { towerId: 'T4', gustMs: gusts[i++], directionDeg: 270 });
    }, everyMs);
  }

  beforeEach(() => {
    anemometer = new EventEmitter();
  });

  afterEach(() => {
    clearInterval(feed);
  });

  it('resumes after enough consecutive calm readings', async () => {
    play([22, 19, 14, 21, 12, 11, 13]);
    const seen = await waitForCalmWind(anemometer, {
      limitMs: 15,
      calmReadings: 3,
      signal: AbortSignal.timeout(1_000),
    });
    assert.equal(seen, 7);
  });

  it('rejects with AbortError when the operator cancels the hold', async () => {
    play([25, 26, 27, 28, 29, 30], 5);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 12);
    await assert.rejects(
      waitForCalmWind(anemometer, { limitMs: 15, calmReadings: 2, signal: controller.signal }),
      { name: 'AbortError' },
    );
    assert.equal(anemometer.listenerCount('reading'), 0);
  });

  it('rejects straight away for an already-aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(
      waitForCalmWind(anemometer, { limitMs: 15, calmReadings: 1, signal: controller.signal }),
      (err: Error) => {
        assert.equal(err.name, 'AbortError');
        return true;
      },
    );
  });

  it('does not count a single lull as calm', async () => {
    play([12, 24, 12, 24, 12, 12]);
    const seen = await waitForCalmWind(anemometer, { limitMs: 15, calmReadings: 2, signal: AbortSignal.timeout(1_000) });
    assert.equal(seen, 6);
  });
});
