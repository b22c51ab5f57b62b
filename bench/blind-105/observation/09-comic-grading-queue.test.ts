// expect: none
// The pending grade promises are either awaited inside Promise.all together with the timer advance or given both handlers via .then(ok, err) the moment they are created, so no rejection is ever left without a handler while fake timers run.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Card {
  certId: string;
  title: string;
  issue: number;
}

type GraderStatus = { state: 'queued' | 'grading' } | { state: 'done'; grade: number; notes: string[] };

interface GraderApi {
  submit(card: Card): Promise<{ jobId: string }>;
  status(jobId: string): Promise<GraderStatus>;
}

class GradingTimeoutError extends Error {
  constructor(readonly certId: string, readonly waitedMs: number) {
    super(`${certId} not graded after ${waitedMs} ms`);
    this.name = 'GradingTimeoutError';
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

class GradingQueue {
  constructor(private readonly api: GraderApi, private readonly pollMs = 5_000, private readonly deadlineMs = 30_000) {}

  async grade(card: Card): Promise<{ certId: string; grade: number; notes: string[] }> {
    const { jobId } = await this.api.submit(card);
    const started = Date.now();
    while (Date.now() - started < this.deadlineMs) {
      await sleep(this.pollMs);
      const status = await this.api.status(jobId);
      if (status.state === 'done') return { certId: card.certId, grade: status.grade, notes: status.notes };
    }
    throw new GradingTimeoutError(card.certId, Date.now() - started);
  }
}

describe('GradingQueue', () => {
  const card: Card = { certId: 'CGC-4410231', title: 'Amazing Fantasy', issue: 15 };
  let api: { submit: ReturnType<typeof vi.fn<GraderApi['submit']>>; status: ReturnType<typeof vi.fn<GraderApi['status']>> };
  let queue: GradingQueue;

  beforeEach(() => {
    vi.useFakeTimers();
    api = {
      submit: vi.fn<GraderApi['submit']>().mockResolvedValue({ jobId: 'job-1' }),
      status: vi.fn<GraderApi['status']>().mockResolvedValue({ state: 'queued' }),
    };
    queue = new GradingQueue(api, 5_000, 30_000);
  });

  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('returns the grade once the grader reports done', async () => {
    api.status
      .mockResolvedValueOnce({ state: 'grading' })
      .mockResolvedValueOnce({ state: 'done', grade: 9.8, notes: ['white pages'] });

    const [result] = await Promise.all([queue.grade(card), vi.advanceTimersByTimeAsync(10_000)]);

    expect(result).toEqual({ certId: card.certId, grade: 9.8, notes: ['white pages'] });
    expect(api.status).toHaveBeenCalledTimes(2);
  });

  it('gives up after the deadline', async () => {
    const graded = queue.grade(card);
    const outcome = graded.then(
      () => 'graded' as const,
      (err: unknown) => err,
    );

    await vi.advanceTimersByTimeAsync(31_000);

    expect(await outcome).toBeInstanceOf(GradingTimeoutError);
    expect(api.status.mock.calls.length).toBeGreaterThanOrEqual(6);
  });

  it('propagates a rejected submission without polling', async () => {
    api.submit.mockRejectedValueOnce(new Error('grader offline'));
    await expect(queue.grade(card)).rejects.toThrow('grader offline');
    expect(api.status).not.toHaveBeenCalled();
  });
});
