// expect: none
// Every assertion awaits the timing service first, and the rejecting promise is handed to assert.rejects, which is built to receive a promise.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface ChipRead {
  chip: string;
  mat: 'start' | '10k' | 'half' | '30k' | 'finish';
  at: number;
}

class RaceTiming {
  private readonly bibs = new Map<string, number>();
  private readonly reads: ChipRead[] = [];

  async registerChip(chip: string, bib: number): Promise<void> {
    if (this.bibs.has(chip)) throw new Error(`chip ${chip} already assigned`);
    this.bibs.set(chip, bib);
  }

  async record(read: ChipRead): Promise<void> {
    if (!this.bibs.has(read.chip)) throw new Error(`unknown chip ${read.chip}`);
    this.reads.push(read);
  }

  async splitFor(bib: number, mat: ChipRead['mat']): Promise<number | null> {
    const chip = [...this.bibs].find(([, b]) => b === bib)?.[0];
    if (!chip) return null;
    const start = this.reads.find((r) => r.chip === chip && r.mat === 'start');
    const at = this.reads.find((r) => r.chip === chip && r.mat === mat);
    if (!start || !at) return null;
    return at.at - start.at;
  }
}

describe('RaceTiming', () => {
  let timing: RaceTiming;

  beforeEach(async () => {
    timing = new RaceTiming();
    await timing.registerChip('E200-001', 101);
    await timing.registerChip('E200-002', 102);
  });

  it('computes chip time from the start mat', async () => {
    await timing.record({ chip: 'E200-001', mat: 'start', at: 1_000 });
    await timing.record({ chip: 'E200-001', mat: '10k', at: 2_401_000 });
    assert.equal(await timing.splitFor(101, '10k'), 2_400_000);
  });

  it('returns null when a runner missed a mat', async () => {
    await timing.record({ chip: 'E200-002', mat: 'start', at: 5_000 });
    const split = await timing.splitFor(102, 'half');
    assert.equal(split, null);
  });

  it('refuses reads from chips that were never handed out', async () => {
    await assert.rejects(
      timing.record({ chip: 'E200-999', mat: 'finish', at: 9_000 }),
      /unknown chip E200-999/,
    );
  });

  it('does not let a chip be assigned twice', async () => {
    const second = timing.registerChip('E200-001', 555);
    await assert.rejects(second, /already assigned/);
    assert.equal(await timing.splitFor(555, 'start'), null);
  });

  it('handles many reads arriving together', async () => {
    const writes = [
      timing.record({ chip: 'E200-001', mat: 'start', at: 0 }),
      timing.record({ chip: 'E200-002', mat: 'start', at: 4_000 }),
      timing.record({ chip: 'E200-001', mat: 'finish', at: 10_800_000 }),
      timing.record({ chip: 'E200-002', mat: 'finish', at: 11_204_000 }),
    ];
    await Promise.all(writes);
    const [a, b] = await Promise.all([timing.splitFor(101, 'finish'), timing.splitFor(102, 'finish')]);
    assert.ok(a !== null && b !== null);
    assert.ok(a < b, 'bib 101 should have the faster chip time');
  });
});
