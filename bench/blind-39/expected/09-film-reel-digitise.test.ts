// expect: none
// Async functions are handed over only as callbacks (test bodies, map, assert.rejects thunks, mock implementations), never where their result is expected.
import { describe, it, beforeEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Reel {
  reelId: string;
  gauge: '8mm' | 'super8' | '16mm' | '35mm';
  lengthFeet: number;
  shrinkagePct: number;
}

interface ScanResult {
  reelId: string;
  frames: number;
  outputPath: string;
}

interface Scanner {
  scan(reel: Reel, fps: number): Promise<ScanResult>;
}

const FRAMES_PER_FOOT: Record<Reel['gauge'], number> = { '8mm': 80, super8: 72, '16mm': 40, '35mm': 16 };

async function digitiseReel(scanner: Scanner, reel: Reel): Promise<ScanResult> {
  if (reel.shrinkagePct > 1.2) {
    throw new Error(`reel ${reel.reelId} too shrunk for the sprocket drive`);
  }
  const fps = reel.gauge === '35mm' ? 24 : 18;
  return scanner.scan(reel, fps);
}

async function digitiseShelf(scanner: Scanner, reels: Reel[]): Promise<ScanResult[]> {
  const safe = reels.filter((r) => r.shrinkagePct <= 1.2);
  const scanOne = (reel: Reel) => digitiseReel(scanner, reel);
  return Promise.all(safe.map(scanOne));
}

function expectedFrames(reel: Reel): number {
  return Math.round(reel.lengthFeet * FRAMES_PER_FOOT[reel.gauge]);
}

describe('film archive digitising', () => {
  let scanFn: ReturnType<typeof mock.fn<Scanner['scan']>>;
  let scanner: Scanner;

  beforeEach(() => {
    scanFn = mock.fn<Scanner['scan']>(async (reel) => ({
      reelId: reel.reelId,
      frames: expectedFrames(reel),
      outputPath: `/archive/${reel.reelId}.dpx`,
    }));
    scanner = { scan: scanFn };
  });

  it('scans a 16mm reel at 18 fps', async () => {
    const reel: Reel = { reelId: 'BFI-1962-004', gauge: '16mm', lengthFeet: 400, shrinkagePct: 0.4 };
    const result = await digitiseReel(scanner, reel);
    assert.equal(result.frames, 16_000);
    assert.equal(scanFn.mock.calls[0].arguments[1], 18);
  });

  it('refuses badly shrunk acetate', async () => {
    const reel: Reel = { reelId: 'HOME-1958-17', gauge: '8mm', lengthFeet: 50, shrinkagePct: 2.1 };
    await assert.rejects(() => digitiseReel(scanner, reel), /too shrunk/);
    assert.equal(scanFn.mock.callCount(), 0);
  });

  it('skips shrunk reels when scanning a whole shelf', async () => {
    const reels: Reel[] = [
      { reelId: 'A', gauge: 'super8', lengthFeet: 50, shrinkagePct: 0.2 },
      { reelId: 'B', gauge: 'super8', lengthFeet: 50, shrinkagePct: 1.9 },
      { reelId: 'C', gauge: '35mm', lengthFeet: 1000, shrinkagePct: 0.1 },
    ];
    const results = await digitiseShelf(scanner, reels);
    assert.deepEqual(results.map((r) => r.reelId), ['A', 'C']);
    assert.equal(results[1].frames, 16_000);
  });

  it('surfaces scanner failures for the shelf', async () => {
    scanFn.mock.mockImplementation(async () => {
      throw new Error('gate jam');
    });
    const reels: Reel[] = [{ reelId: 'D', gauge: '16mm', lengthFeet: 100, shrinkagePct: 0 }];
    await assert.rejects(digitiseShelf(scanner, reels), { message: 'gate jam' });
  });
});
