// expect: no-floating-promises
// An async function is handed to setInterval, which ignores the returned promise; a rejection from feedsDueForRefresh escapes the per-feed try/catch and goes unhandled.
import { EventEmitter } from 'node:events';
import { createHash } from 'node:crypto';

export interface FeedRecord {
  id: string;
  url: string;
  etag?: string;
  lastModified?: string;
  contentHash?: string;
  failures: number;
}

declare const feedStore: {
  feedsDueForRefresh(now: Date, limit: number): Promise<FeedRecord[]>;
  markFetched(id: string, patch: Partial<FeedRecord> & { fetchedAt: Date }): Promise<void>;
  markFailed(id: string, failures: number, nextAttempt: Date): Promise<void>;
};

declare function parseEpisodes(xml: string): Array<{ guid: string; title: string; enclosureUrl: string }>;

const BACKOFF_BASE_MS = 60_000;

export class FeedRefresher extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private busy = false;

  constructor(
    private readonly intervalMs = 30_000,
    private readonly batchSize = 25,
  ) {
    super();
  }

  start(): void {
    this.timer = setInterval(async () => {
      if (this.busy) return;
      this.busy = true;
      const due = await feedStore.feedsDueForRefresh(new Date(), this.batchSize);
      for (const feed of due) {
        try {
          await this.refresh(feed);
        } catch (err) {
          const failures = feed.failures + 1;
          const delay = BACKOFF_BASE_MS * 2 ** Math.min(failures, 8);
          await feedStore.markFailed(feed.id, failures, new Date(Date.now() + delay));
          this.emit('feed-error', feed.id, err);
        }
      }
      this.busy = false;
    }, this.intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async refresh(feed: FeedRecord): Promise<void> {
    const headers: Record<string, string> = { 'user-agent': 'PodHost-Refresher/2.3' };
    if (feed.etag) headers['if-none-match'] = feed.etag;
    if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;

    const res = await fetch(feed.url, { headers, signal: AbortSignal.timeout(15_000) });
    if (res.status === 304) {
      await feedStore.markFetched(feed.id, { fetchedAt: new Date(), failures: 0 });
      return;
    }
    if (!res.ok) {
      throw new Error(`feed ${feed.id} returned HTTP ${res.status}`);
    }

    const xml = await res.text();
    const contentHash = createHash('sha1').update(xml).digest('hex');
    if (contentHash !== feed.contentHash) {
      const episodes = parseEpisodes(xml);
      this.emit('episodes', feed.id, episodes);
    }

    await feedStore.markFetched(feed.id, {
      fetchedAt: new Date(),
      etag: res.headers.get('etag') ?? undefined,
      lastModified: res.headers.get('last-modified') ?? undefined,
      contentHash,
      failures: 0,
    });
  }
}
