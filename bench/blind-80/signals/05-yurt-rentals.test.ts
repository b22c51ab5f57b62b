// expect: none
// quoteStay forwards options.signal to every fetcher call and lets AbortError propagate, and the fake fetcher observes the signal and removes its listener once it settles.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface NightlyRate {
  yurtId: string;
  night: string;
  cents: number;
}

type RateFetcher = (yurtId: string, night: string, init: { signal?: AbortSignal }) => Promise<NightlyRate>;

async function quoteStay(
  fetchRate: RateFetcher,
  yurtId: string,
  nights: string[],
  options: { signal?: AbortSignal } = {},
): Promise<{ totalCents: number; perNight: NightlyRate[] }> {
  const perNight: NightlyRate[] = [];
  for (const night of nights) {
    perNight.push(await fetchRate(yurtId, night, { signal: options.signal }));
  }
  // Seventh night free on week-long stays.
  const sorted = [...perNight].sort((a, b) => a.cents - b.cents);
  const discount = nights.length >= 7 ? sorted[0].cents : 0;
  return { totalCents: perNight.reduce((s, r) => s + r.cents, 0) - discount, perNight };
}

function slowFetcher(latencyMs: number, cents: number): RateFetcher & { calls: number } {
  const fetcher = (yurtId: string, night: string, init: { signal?: AbortSignal }) => {
    fetcher.calls++;
    return new Promise<NightlyRate>((resolve, reject) => {
      const { signal } = init;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve({ yurtId, night, cents });
      }, latencyMs);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  };
  fetcher.calls = 0;
  return fetcher;
}

describe('quoteStay', () => {
  let nights: string[];

  beforeEach(() => {
    nights = ['2025-07-01', '2025-07-02', '2025-07-03'];
  });

  it('totals the nightly rates', async () => {
    const quote = await quoteStay(slowFetcher(1, 9_500), 'yurt-birch', nights);
    assert.equal(quote.totalCents, 28_500);
    assert.equal(quote.perNight.length, 3);
  });

  it('gives the cheapest night free on a week-long stay', async () => {
    const week = Array.from({ length: 7 }, (_, i) => `2025-08-0${i + 1}`);
    const quote = await quoteStay(slowFetcher(1, 10_000), 'yurt-larch', week);
    assert.equal(quote.totalCents, 60_000);
  });

  it('rejects with AbortError when the booking form is closed mid-quote', async () => {
    const controller = new AbortController();
    const fetcher = slowFetcher(20, 9_500);
    const quote = quoteStay(fetcher, 'yurt-birch', nights, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await assert.rejects(quote, { name: 'AbortError' });
    assert.ok(fetcher.calls < nights.length, `expected to stop early, made ${fetcher.calls} calls`);
  });

  it('stops at the first fetch when the signal is already aborted', async () => {
    const fetcher = slowFetcher(5, 9_500);
    await assert.rejects(
      quoteStay(fetcher, 'yurt-birch', nights, { signal: AbortSignal.abort() }),
      { name: 'AbortError' },
    );
    assert.equal(fetcher.calls, 1);
  });
});
