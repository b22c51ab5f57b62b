// expect: none
// Every promise the tests start is wrapped in expect(...).resolves/.rejects or Promise.all at the moment it is created, so a handler is attached before the fake-timer advance and nothing is left pending without one.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Crossword {
  id: string;
  title: string;
  publishAt: Date;
  partners: string[];
}

interface PartnerApi {
  deliver(partner: string, crossword: Crossword): Promise<{ receipt: string }>;
}

class SyndicationFeed {
  constructor(
    private readonly api: PartnerApi,
    private readonly retryMs = 5_000,
  ) {}

  private async deliverWithRetry(partner: string, cw: Crossword, attempts = 3): Promise<string> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const { receipt } = await this.api.deliver(partner, cw);
        return receipt;
      } catch (err) {
        lastError = err;
        if (attempt < attempts) await new Promise((r) => setTimeout(r, this.retryMs * attempt));
      }
    }
    throw new Error(`${partner} refused ${cw.id} after ${attempts} attempts`, { cause: lastError });
  }

  async syndicate(cw: Crossword): Promise<Record<string, string>> {
    const wait = cw.publishAt.getTime() - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const receipts = await Promise.all(cw.partners.map((p) => this.deliverWithRetry(p, cw)));
    return Object.fromEntries(cw.partners.map((p, i) => [p, receipts[i]]));
  }
}

describe('SyndicationFeed', () => {
  const deliver = vi.fn<PartnerApi['deliver']>();
  let feed: SyndicationFeed;
  let crossword: Crossword;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-03-01T05:00:00Z'));
    deliver.mockReset();
    feed = new SyndicationFeed({ deliver });
    crossword = {
      id: 'quiptic-1290',
      title: 'Quiptic 1,290',
      publishAt: new Date('2025-03-01T06:00:00Z'),
      partners: ['herald', 'gazette'],
    };
  });

  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it('waits for the publish time before delivering', async () => {
    deliver.mockImplementation(async (partner) => ({ receipt: `${partner}-ok` }));
    const done = expect(feed.syndicate(crossword)).resolves.toEqual({ herald: 'herald-ok', gazette: 'gazette-ok' });

    await vi.advanceTimersByTimeAsync(59 * 60_000);
    expect(deliver).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(60_000);
    await done;
    expect(deliver).toHaveBeenCalledTimes(2);
  });

  it('retries a flaky partner and then gives up', async () => {
    deliver.mockImplementation(async (partner) => {
      if (partner === 'gazette') throw new Error('502 from gazette');
      return { receipt: 'herald-ok' };
    });
    const failed = expect(feed.syndicate(crossword)).rejects.toThrow(/gazette refused quiptic-1290 after 3 attempts/);

    await vi.advanceTimersByTimeAsync(60 * 60_000 + 5_000 + 10_000);
    await failed;
    expect(deliver.mock.calls.filter(([p]) => p === 'gazette')).toHaveLength(3);
  });

  it('delivers immediately when the publish time has passed', async () => {
    deliver.mockResolvedValue({ receipt: 'r' });
    const [a, b] = await Promise.all([
      feed.syndicate({ ...crossword, publishAt: new Date('2025-02-28T06:00:00Z') }),
      feed.syndicate({ ...crossword, id: 'cryptic-29644', publishAt: new Date('2025-02-28T06:00:00Z') }),
    ]);
    expect(Object.keys(a)).toEqual(['herald', 'gazette']);
    expect(b.herald).toBe('r');
  });
});
