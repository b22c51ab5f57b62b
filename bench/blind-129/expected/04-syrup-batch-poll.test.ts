// expect: no-reused-settled-promise
// waitUntilGraded requests the batch status once and then re-awaits that same settled promise on every poll, so it never observes the grade changing and always times out on an ungraded batch.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type Grade = 'golden-delicate' | 'amber-rich' | 'dark-robust' | 'very-dark-strong';

interface BatchStatus {
  batchId: string;
  graded: boolean;
  grade?: Grade;
  lightTransmittancePct?: number;
}

interface GradingLab {
  status(batchId: string): Promise<BatchStatus>;
}

class BatchGradeWatcher {
  constructor(
    private readonly lab: GradingLab,
    private readonly pollMs = 1_000,
    private readonly maxPolls = 10,
  ) {}

  async waitUntilGraded(batchId: string): Promise<Grade> {
    const pending = this.lab.status(batchId);
    for (let i = 0; i < this.maxPolls; i++) {
      const status = await pending;
      if (status.graded && status.grade) return status.grade;
      await new Promise((resolve) => setTimeout(resolve, this.pollMs));
    }
    throw new Error(`batch ${batchId} not graded after ${this.maxPolls} polls`);
  }
}

describe('BatchGradeWatcher', () => {
  let lab: { status: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    vi.useFakeTimers();
    lab = { status: vi.fn() };
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the grade when the batch is already graded', async () => {
    lab.status.mockResolvedValue({ batchId: 'S-31', graded: true, grade: 'amber-rich', lightTransmittancePct: 58 });
    const watcher = new BatchGradeWatcher(lab as unknown as GradingLab);
    await expect(watcher.waitUntilGraded('S-31')).resolves.toBe('amber-rich');
  });

  it('gives up after the configured number of polls', async () => {
    lab.status.mockResolvedValue({ batchId: 'S-32', graded: false });
    const watcher = new BatchGradeWatcher(lab as unknown as GradingLab, 500, 3);
    const result = expect(watcher.waitUntilGraded('S-32')).rejects.toThrow('not graded after 3 polls');
    await vi.advanceTimersByTimeAsync(1_500);
    await result;
  });

  it('propagates lab errors', async () => {
    lab.status.mockRejectedValue(new Error('refractometer offline'));
    const watcher = new BatchGradeWatcher(lab as unknown as GradingLab);
    await expect(watcher.waitUntilGraded('S-33')).rejects.toThrow('refractometer offline');
  });
});
