// expect: no-multiple-settle
// The stored deferred is never cleared after it resolves, so every later stroke above threshold resolves it again, reset() rejects an already-fulfilled deferred, and the next piece gets the stale promise.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface StrokeSample {
  ergId: string;
  strokeIndex: number;
  watts: number;
  driveMs: number;
}

class PieceStartDetector {
  private waiting: PromiseWithResolvers<StrokeSample> | null = null;
  private samples = 0;

  constructor(private readonly thresholdWatts: number) {}

  get sampleCount(): number {
    return this.samples;
  }

  waitForFirstStroke(): Promise<StrokeSample> {
    this.waiting ??= Promise.withResolvers<StrokeSample>();
    return this.waiting.promise;
  }

  push(sample: StrokeSample): void {
    this.samples += 1;
    if (this.waiting && sample.watts >= this.thresholdWatts) {
      this.waiting.resolve(sample);
    }
  }

  reset(): void {
    this.waiting?.reject(new Error('piece reset by coxswain'));
    this.waiting = null;
    this.samples = 0;
  }
}

function stroke(strokeIndex: number, watts: number): StrokeSample {
  return { ergId: 'erg-07', strokeIndex, watts, driveMs: 780 };
}

describe('PieceStartDetector', () => {
  let detector: PieceStartDetector;

  before(() => {
    detector = new PieceStartDetector(120);
  });

  after(() => {
    detector.reset();
  });

  test('ignores light paddling below the threshold', async () => {
    const started = detector.waitForFirstStroke();
    detector.push(stroke(1, 45));
    detector.push(stroke(2, 80));
    detector.push(stroke(3, 190));
    const first = await started;
    assert.equal(first.strokeIndex, 3);
    assert.equal(detector.sampleCount, 3);
  });

  test('hands the same pending start to several listeners', async () => {
    const fresh = new PieceStartDetector(150);
    const a = fresh.waitForFirstStroke();
    const b = fresh.waitForFirstStroke();
    assert.equal(a, b);
    fresh.push(stroke(1, 210));
    const [fromA, fromB] = await Promise.all([a, b]);
    assert.deepEqual(fromA, fromB);
  });

  test('reset rejects a start nobody has rowed yet', async () => {
    const fresh = new PieceStartDetector(150);
    const pending = fresh.waitForFirstStroke();
    fresh.reset();
    await assert.rejects(pending, /piece reset by coxswain/);
    assert.equal(fresh.sampleCount, 0);
  });
});
