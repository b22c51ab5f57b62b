// expect: no-read-before-settle
// finishPass returns this.lastRoughness right after starting profiler.measure, whose callback writes it later, so with the real (asynchronous) surface profiler each pass reports the previous pass's roughness (NaN on the first) and the lens is signed off one pass early.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

type MeasureCallback = (err: Error | null, roughnessNm?: number) => void;

interface SurfaceProfiler {
  measure(lensId: string, cb: MeasureCallback): void;
  close(cb: () => void): void;
}

interface PassRecord {
  pass: number;
  grit: number;
  roughnessNm: number;
}

class LensPassTracker {
  private lastRoughness = Number.NaN;
  private readonly passes: PassRecord[] = [];

  constructor(
    private readonly lensId: string,
    private readonly profiler: SurfaceProfiler,
    private readonly targetNm = 2,
  ) {}

  finishPass(grit: number): PassRecord {
    this.profiler.measure(this.lensId, (err, roughnessNm) => {
      if (!err && roughnessNm !== undefined) this.lastRoughness = roughnessNm;
    });
    const record = { pass: this.passes.length + 1, grit, roughnessNm: this.lastRoughness };
    this.passes.push(record);
    return record;
  }

  get done(): boolean {
    const last = this.passes.at(-1);
    return last !== undefined && last.roughnessNm <= this.targetNm;
  }

  history(): readonly PassRecord[] {
    return this.passes;
  }
}

function scriptedProfiler(readings: number[]): SurfaceProfiler & { closed: boolean } {
  let i = 0;
  const profiler = {
    closed: false,
    measure: mock.fn((_lensId: string, cb: MeasureCallback) => cb(null, readings[i++])),
    close: mock.fn((cb: () => void) => {
      profiler.closed = true;
      cb();
    }),
  };
  return profiler;
}

describe('LensPassTracker', () => {
  let profiler: ReturnType<typeof scriptedProfiler>;

  beforeEach(() => {
    profiler = scriptedProfiler([14, 6, 1.5]);
  });

  afterEach(async () => {
    await new Promise<void>((resolve) => profiler.close(resolve));
    mock.restoreAll();
  });

  it('records roughness for each pass', () => {
    const tracker = new LensPassTracker('catadioptric-7', profiler);
    assert.equal(tracker.finishPass(220).roughnessNm, 14);
    assert.equal(tracker.finishPass(600).roughnessNm, 6);
    assert.deepEqual(tracker.history().map((p) => p.pass), [1, 2]);
  });

  it('is done once the surface reaches target roughness', () => {
    const tracker = new LensPassTracker('catadioptric-7', profiler);
    tracker.finishPass(220);
    tracker.finishPass(600);
    assert.equal(tracker.done, false);
    tracker.finishPass(1200);
    assert.equal(tracker.done, true);
  });

  it('closes the profiler in teardown', async () => {
    await new Promise<void>((resolve) => profiler.close(resolve));
    assert.equal(profiler.closed, true);
  });
});
