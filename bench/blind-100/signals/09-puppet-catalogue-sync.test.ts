// expect: no-swallowed-abort
// syncCatalogue wraps every failure, including the AbortError from a cancelled sync, in a generic CatalogueSyncError, so the nightly runner's AbortError check never matches and a deliberate shutdown is logged and alerted as a sync failure.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

interface PuppetListing {
  sku: string;
  name: string;
  kind: 'marionette' | 'hand' | 'rod' | 'shadow';
  dailyRateCents: number;
}

interface ListingSource {
  listings(page: number, signal: AbortSignal): Promise<{ items: PuppetListing[]; more: boolean }>;
}

class CatalogueSyncError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CatalogueSyncError';
  }
}

async function syncCatalogue(source: ListingSource, signal: AbortSignal): Promise<Map<string, PuppetListing>> {
  const catalogue = new Map<string, PuppetListing>();
  try {
    for (let page = 1, more = true; more; page++) {
      const batch = await source.listings(page, signal);
      for (const item of batch.items) catalogue.set(item.sku, item);
      more = batch.more;
    }
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new CatalogueSyncError(`catalogue sync failed: ${reason}`, { cause: err });
  }
  return catalogue;
}

async function nightlyRun(source: ListingSource, signal: AbortSignal, alert: (msg: string) => void): Promise<number> {
  try {
    return (await syncCatalogue(source, signal)).size;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') return 0;
    alert(err instanceof Error ? err.message : String(err));
    return -1;
  }
}

class FakeSource implements ListingSource {
  pages: PuppetListing[][] = [];
  failOnPage: number | null = null;
  calls = 0;

  async listings(page: number, signal: AbortSignal): Promise<{ items: PuppetListing[]; more: boolean }> {
    signal.throwIfAborted();
    this.calls += 1;
    if (page === this.failOnPage) throw new Error('upstream 503');
    return { items: this.pages[page - 1] ?? [], more: page < this.pages.length };
  }
}

describe('syncCatalogue', () => {
  let source: FakeSource;
  let controller: AbortController;

  beforeEach(() => {
    source = new FakeSource();
    source.pages = [
      [{ sku: 'MAR-07', name: 'Old Sailor', kind: 'marionette', dailyRateCents: 4500 }],
      [{ sku: 'HND-02', name: 'Green Dragon', kind: 'hand', dailyRateCents: 1800 }],
    ];
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
  });

  it('collects every page of listings', async () => {
    const catalogue = await syncCatalogue(source, controller.signal);
    assert.deepEqual([...catalogue.keys()], ['MAR-07', 'HND-02']);
    assert.equal(source.calls, 2);
  });

  it('wraps upstream failures with context', async () => {
    source.failOnPage = 2;
    await assert.rejects(syncCatalogue(source, controller.signal), {
      name: 'CatalogueSyncError',
      message: 'catalogue sync failed: upstream 503',
    });
  });

  it('alerts on a failed nightly run', async () => {
    source.failOnPage = 1;
    const alerts: string[] = [];
    const size = await nightlyRun(source, controller.signal, (m) => alerts.push(m));
    assert.equal(size, -1);
    assert.equal(alerts.length, 1);
  });
});
