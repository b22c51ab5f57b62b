// expect: none
// assert.rejects/doesNotReject accept a function and call it themselves, and the fake loaders are handed over as functions by design.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Frame {
  frameId: string;
  cappedPct: number;
  moisturePct: number;
  weightKg: number;
}

interface ExtractorDeps {
  loadFrames: (batchId: string) => Promise<Frame[]>;
  spinCycle: (frames: Frame[], rpm: number) => Promise<number>;
}

class RadialExtractor {
  spun: string[] = [];

  constructor(private readonly deps: ExtractorDeps, private readonly maxFrames = 20) {}

  async runBatch(batchId: string): Promise<number> {
    const frames = await this.deps.loadFrames(batchId);
    if (frames.length > this.maxFrames) {
      throw new RangeError(`batch ${batchId} has ${frames.length} frames; extractor holds ${this.maxFrames}`);
    }
    const wet = frames.filter((f) => f.moisturePct > 18.6);
    if (wet.length > 0) {
      throw new Error(`frames too wet to extract: ${wet.map((f) => f.frameId).join(', ')}`);
    }
    const uncapped = frames.filter((f) => f.cappedPct < 80);
    const rpm = uncapped.length > 0 ? 250 : 300;
    const kg = await this.deps.spinCycle(frames, rpm);
    this.spun.push(batchId);
    return kg;
  }

  readonly drain = async (): Promise<void> => {
    this.spun = [];
  };
}

function frame(id: string, moisturePct = 17.2, cappedPct = 92): Frame {
  return { frameId: id, cappedPct, moisturePct, weightKg: 2.4 };
}

describe('RadialExtractor', () => {
  let frames: Frame[];
  let spinRpm: number[];
  let extractor: RadialExtractor;

  const loadFrames = async (_batchId: string) => frames;
  const spinCycle = async (fs: Frame[], rpm: number) => {
    spinRpm.push(rpm);
    return fs.length * 1.9;
  };

  beforeEach(() => {
    frames = [frame('A1'), frame('A2'), frame('A3')];
    spinRpm = [];
    extractor = new RadialExtractor({ loadFrames, spinCycle });
  });

  it('extracts a dry, capped batch at full speed', async () => {
    const kg = await extractor.runBatch('B-0412');
    assert.equal(Math.round(kg * 10) / 10, 5.7);
    assert.deepEqual(spinRpm, [300]);
    assert.deepEqual(extractor.spun, ['B-0412']);
  });

  it('slows down when frames are poorly capped', async () => {
    frames.push(frame('A4', 17.0, 55));
    await extractor.runBatch('B-0413');
    assert.deepEqual(spinRpm, [250]);
  });

  it('refuses frames above the fermentation moisture threshold', async () => {
    frames.push(frame('A9', 19.4));
    await assert.rejects(() => extractor.runBatch('B-0414'), /too wet to extract: A9/);
    assert.deepEqual(spinRpm, []);
  });

  it('refuses a batch that overfills the basket', async () => {
    frames = Array.from({ length: 24 }, (_, i) => frame(`C${i}`));
    await assert.rejects(() => extractor.runBatch('B-0415'), RangeError);
  });

  it('drains the spin log', async () => {
    await extractor.runBatch('B-0416');
    await assert.doesNotReject(extractor.drain);
    assert.deepEqual(extractor.spun, []);
  });
});
