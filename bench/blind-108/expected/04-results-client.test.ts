// expect: no-reused-settled-promise
// awaitResults calls api.status() once before the loop and re-awaits that same settled promise on every poll, so it keeps seeing the first 'judging' answer and times out even after the judges have finished.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type Phase = 'queued' | 'judging' | 'judged' | 'disqualified';

interface Scorecard {
  entryId: string;
  creativity: number;
  technique: number;
  scale: number;
}

interface ContestApi {
  status(entryId: string): Promise<{ phase: Phase; updatedAt: string }>;
  scorecard(entryId: string): Promise<Scorecard>;
  close(): Promise<void>;
}

class Disqualified extends Error {
  constructor(readonly entryId: string) {
    super(`entry ${entryId} was disqualified`);
    this.name = 'Disqualified';
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class ResultsClient {
  constructor(private readonly api: ContestApi, private readonly pollMs = 2_000, private readonly maxPolls = 30) {}

  async awaitResults(entryId: string): Promise<Scorecard> {
    const status = this.api.status(entryId);
    for (let poll = 0; poll < this.maxPolls; poll++) {
      const { phase } = await status;
      if (phase === 'judged') return this.api.scorecard(entryId);
      if (phase === 'disqualified') throw new Disqualified(entryId);
      await delay(this.pollMs);
    }
    throw new Error(`entry ${entryId} still not judged after ${this.maxPolls} polls`);
  }

  close(): Promise<void> {
    return this.api.close();
  }
}

describe('ResultsClient.awaitResults', () => {
  const card: Scorecard = { entryId: 'E-7', creativity: 9, technique: 8, scale: 7 };
  let api: { [K in keyof ContestApi]: ReturnType<typeof vi.fn<ContestApi[K]>> };
  let client: ResultsClient;

  beforeEach(() => {
    vi.useFakeTimers();
    api = {
      status: vi.fn<ContestApi['status']>(),
      scorecard: vi.fn<ContestApi['scorecard']>().mockResolvedValue(card),
      close: vi.fn<ContestApi['close']>().mockResolvedValue(undefined),
    };
    client = new ResultsClient(api, 2_000, 5);
  });

  afterEach(async () => {
    await client.close();
    vi.useRealTimers();
  });

  it('returns the scorecard once the entry is judged', async () => {
    api.status.mockResolvedValue({ phase: 'judged', updatedAt: '2024-08-03T16:00:00Z' });
    await expect(client.awaitResults('E-7')).resolves.toEqual(card);
    expect(api.scorecard).toHaveBeenCalledWith('E-7');
  });

  it('throws Disqualified for a disqualified entry', async () => {
    api.status.mockResolvedValue({ phase: 'disqualified', updatedAt: '2024-08-03T15:10:00Z' });
    await expect(client.awaitResults('E-7')).rejects.toBeInstanceOf(Disqualified);
  });

  it('gives up after the configured number of polls', async () => {
    api.status.mockResolvedValue({ phase: 'judging', updatedAt: '2024-08-03T15:00:00Z' });
    await Promise.all([
      expect(client.awaitResults('E-7')).rejects.toThrow('still not judged after 5 polls'),
      vi.advanceTimersByTimeAsync(10_000),
    ]);
    expect(api.scorecard).not.toHaveBeenCalled();
  });
});
