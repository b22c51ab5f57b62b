// expect: none
// The async mocks are passed as handler references to a scheduler that calls them itself, and every promise the test waits on comes from an actual call (scheduler.stop(), drain(), Promise.all of called functions).
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type CleaningJob = (sku: string) => Promise<void>;

class CleaningScheduler {
  private readonly queue: string[] = [];
  private readonly jobs: CleaningJob[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<void> = Promise.resolve();
  readonly failures: string[] = [];

  register(job: CleaningJob): void {
    this.jobs.push(job);
  }

  enqueue(sku: string): void {
    if (!this.queue.includes(sku)) this.queue.push(sku);
  }

  start(everyMs: number): void {
    this.timer = setInterval(() => {
      this.running = this.running
        .then(() => this.drain())
        .catch((err: unknown) => {
          this.failures.push(`drain: ${err instanceof Error ? err.message : String(err)}`);
        });
    }, everyMs);
  }

  async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const sku = this.queue.shift() as string;
      const results = await Promise.allSettled(this.jobs.map((job) => job(sku)));
      if (results.some((r) => r.status === 'rejected')) this.failures.push(sku);
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}

describe('CleaningScheduler', () => {
  let scheduler: CleaningScheduler;
  let steam: ReturnType<typeof vi.fn<CleaningJob>>;
  let inspectStrings: ReturnType<typeof vi.fn<CleaningJob>>;

  beforeEach(() => {
    vi.useFakeTimers();
    scheduler = new CleaningScheduler();
    steam = vi.fn<CleaningJob>(async () => undefined);
    inspectStrings = vi.fn<CleaningJob>(async () => undefined);
    scheduler.register(steam);
    scheduler.register(inspectStrings);
  });

  afterEach(async () => {
    await scheduler.stop();
    vi.useRealTimers();
  });

  it('runs every registered job for each returned puppet', async () => {
    scheduler.enqueue('MAR-07');
    scheduler.enqueue('HND-02');
    await scheduler.drain();
    expect(steam.mock.calls).toEqual([['MAR-07'], ['HND-02']]);
    expect(inspectStrings).toHaveBeenCalledTimes(2);
  });

  it('drains on the interval once started', async () => {
    scheduler.start(60_000);
    scheduler.enqueue('SHD-01');
    await vi.advanceTimersByTimeAsync(60_000);
    await scheduler.stop();
    expect(steam).toHaveBeenCalledWith('SHD-01');
  });

  it('records a puppet whose cleaning step failed', async () => {
    inspectStrings.mockRejectedValueOnce(new Error('tangled control bar'));
    scheduler.enqueue('MAR-07');
    scheduler.enqueue('ROD-11');
    await Promise.all([scheduler.drain(), scheduler.stop()]);
    expect(scheduler.failures).toEqual(['MAR-07']);
  });
});
