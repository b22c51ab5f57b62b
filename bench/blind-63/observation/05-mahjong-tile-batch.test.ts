// expect: none
// Every promise in these tests is awaited or handed to assert.rejects, and allSettled outcomes are split on status before use.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type Suit = 'bamboo' | 'characters' | 'dots' | 'winds' | 'dragons' | 'flowers';

interface TileBlank {
  blankId: string;
  material: 'bone' | 'bamboo-backed' | 'resin';
  thicknessMm: number;
}

interface CarvedTile {
  blankId: string;
  suit: Suit;
  rank: number;
  depthMm: number;
}

interface CarvingBench {
  carve(blank: TileBlank, suit: Suit, rank: number): Promise<CarvedTile>;
}

declare function createBench(options: { chiselWearLimit: number }): CarvingBench;

function blanks(count: number, material: TileBlank['material'] = 'bone'): TileBlank[] {
  return Array.from({ length: count }, (_, i) => ({
    blankId: `B${String(i + 1).padStart(3, '0')}`,
    material,
    thicknessMm: material === 'resin' ? 14 : 18,
  }));
}

describe('mahjong tile carving bench', () => {
  let bench: CarvingBench;

  beforeEach(() => {
    bench = createBench({ chiselWearLimit: 9 });
  });

  it('carves the nine bamboo tiles of one suit run', async () => {
    const run = blanks(9);
    const tiles = await Promise.all(run.map((blank, i) => bench.carve(blank, 'bamboo', i + 1)));
    assert.deepEqual(tiles.map((t) => t.rank), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.ok(tiles.every((t) => t.depthMm > 0.8 && t.depthMm < 1.6));
  });

  it('refuses to carve once the chisel is worn, without losing finished tiles', async () => {
    const run = blanks(12);
    const outcomes = await Promise.allSettled(run.map((blank, i) => bench.carve(blank, 'dots', (i % 9) + 1)));

    const done: CarvedTile[] = [];
    const failures: string[] = [];
    for (const outcome of outcomes) {
      if (outcome.status === 'fulfilled') {
        done.push(outcome.value);
      } else {
        failures.push(outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason));
      }
    }

    assert.equal(done.length, 9);
    assert.equal(failures.length, 3);
    assert.ok(failures.every((m) => /chisel/.test(m)));
  });

  it('rejects resin blanks that are too thin for dragon reliefs', async () => {
    const [thin] = blanks(1, 'resin');
    await assert.rejects(bench.carve({ ...thin, thicknessMm: 9 }, 'dragons', 1), /too thin/);
  });

  it('carves winds at a shallower depth than numbered suits', async () => {
    const [a, b] = blanks(2);
    const wind = await bench.carve(a, 'winds', 1);
    const dot = await bench.carve(b, 'dots', 1);
    assert.ok(wind.depthMm < dot.depthMm);
  });
});
