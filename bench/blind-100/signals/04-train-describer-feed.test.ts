// expect: none
// pollBerths falls back to the last snapshot only for network and HTTP failures; an AbortError is rethrown untouched, and the test suite checks that a cancelled poll rejects with AbortError.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface BerthStep {
  berth: string;
  headcode: string;
  at: number;
}

class TrainDescriberFeed {
  private lastGood: BerthStep[] = [];
  failures = 0;

  constructor(private readonly url: string) {}

  async pollBerths(area: string, signal: AbortSignal): Promise<BerthStep[]> {
    try {
      const res = await fetch(`${this.url}/td/${area}/berths`, { signal });
      if (!res.ok) throw new Error(`TD feed ${res.status}`);
      this.lastGood = (await res.json()) as BerthStep[];
      this.failures = 0;
      return this.lastGood;
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      this.failures += 1;
      return this.lastGood;
    }
  }

  reset(): void {
    this.lastGood = [];
    this.failures = 0;
  }
}

const steps: BerthStep[] = [
  { berth: '0142', headcode: '1A23', at: 1_700_000_000 },
  { berth: '0144', headcode: '2B07', at: 1_700_000_030 },
];

describe('TrainDescriberFeed', () => {
  let feed: TrainDescriberFeed;
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    feed = new TrainDescriberFeed('http://signalbox.local');
  });

  afterEach(() => {
    feed.reset();
    vi.unstubAllGlobals();
  });

  it('returns fresh berth steps', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(steps), { status: 200 }));
    await expect(feed.pollBerths('WY', new AbortController().signal)).resolves.toEqual(steps);
    expect(fetchMock).toHaveBeenCalledWith('http://signalbox.local/td/WY/berths', expect.objectContaining({ signal: expect.any(AbortSignal) }));
  });

  it('serves the last snapshot when the feed is down', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(steps), { status: 200 }));
    await feed.pollBerths('WY', new AbortController().signal);
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    await expect(feed.pollBerths('WY', new AbortController().signal)).resolves.toEqual(steps);
    expect(feed.failures).toBe(1);
  });

  it('propagates cancellation instead of serving stale data', async () => {
    const controller = new AbortController();
    fetchMock.mockImplementationOnce(
      (_url: string, init: RequestInit) =>
        new Promise((_, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
        }),
    );
    const assertion = expect(feed.pollBerths('WY', controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    controller.abort();
    await assertion;
    expect(feed.failures).toBe(0);
  });
});
