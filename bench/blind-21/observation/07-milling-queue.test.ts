// expect: no-floating-promises
// Bug: assert.rejects(...) in the "oversized blank" test is not awaited, so the test finishes before the assertion runs and its failure is lost.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface MillingJob {
  caseId: string;
  material: 'zirconia' | 'emax' | 'pmma';
  units: number;
  blankHeightMm: number;
}

class MillingQueue {
  private jobs: MillingJob[] = [];
  private readonly maxBlankMm: number;

  constructor(
    private readonly spindleHours: () => Promise<number>,
    maxBlankMm = 25,
  ) {
    this.maxBlankMm = maxBlankMm;
  }

  async enqueue(job: MillingJob): Promise<number> {
    if (job.units <= 0) throw new RangeError('job must contain at least one unit');
    if (job.blankHeightMm > this.maxBlankMm) {
      throw new RangeError(`blank ${job.blankHeightMm}mm exceeds chuck limit of ${this.maxBlankMm}mm`);
    }
    const hours = await this.spindleHours();
    if (hours > 1900) throw new Error('spindle service overdue; queue locked');
    this.jobs.push(job);
    return this.jobs.length;
  }

  async next(): Promise<MillingJob | undefined> {
    // Group by material to avoid unnecessary tool changes.
    const current = this.jobs[0]?.material;
    const idx = this.jobs.findIndex((j) => j.material === current);
    return idx === -1 ? undefined : this.jobs.splice(idx, 1)[0];
  }

  get size(): number {
    return this.jobs.length;
  }
}

const crown = (caseId: string, overrides: Partial<MillingJob> = {}): MillingJob => ({
  caseId,
  material: 'zirconia',
  units: 1,
  blankHeightMm: 18,
  ...overrides,
});

describe('MillingQueue', () => {
  let hours: number;
  let queue: MillingQueue;

  beforeEach(() => {
    hours = 120;
    queue = new MillingQueue(async () => hours);
  });

  it('accepts a normal crown', async () => {
    const pos = await queue.enqueue(crown('C-1001'));
    assert.equal(pos, 1);
  });

  it('rejects blanks taller than the chuck', async () => {
    assert.rejects(queue.enqueue(crown('C-1002', { blankHeightMm: 30 })), RangeError);
    assert.equal(queue.size, 0);
  });

  it('locks the queue when spindle service is overdue', async () => {
    hours = 2000;
    await assert.rejects(queue.enqueue(crown('C-1003')), /service overdue/);
  });

  it('hands out jobs grouped by material', async () => {
    await queue.enqueue(crown('C-1', { material: 'emax' }));
    await queue.enqueue(crown('C-2', { material: 'pmma' }));
    await queue.enqueue(crown('C-3', { material: 'emax' }));

    const first = await queue.next();
    const second = await queue.next();
    assert.deepEqual([first?.caseId, second?.caseId], ['C-1', 'C-3']);
  });
});
