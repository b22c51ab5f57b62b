// expect: no-unchecked-settled-results
// Only fulfilled allSettled entries are consumed; feeds that reject are dropped without any log, metric or retry.
export interface WireFeed {
  agency: string;
  url: string;
  token: string;
}

export interface WireStory {
  id: string;
  agency: string;
  slug: string;
  headline: string;
  priority: 'flash' | 'urgent' | 'routine';
  publishedAt: string;
}

interface RawItem {
  guid: string;
  slug: string;
  title: string;
  pri?: number;
  pubDate: string;
}

declare const desk: {
  upsert(stories: WireStory[]): Promise<number>;
};

const PRIORITY: Record<number, WireStory['priority']> = { 1: 'flash', 2: 'urgent' };

export class WireAggregator {
  private readonly cursors = new Map<string, string>();

  constructor(
    private readonly feeds: WireFeed[],
    private readonly timeoutMs = 8_000,
  ) {}

  async pollOnce(): Promise<number> {
    const results = await Promise.allSettled(this.feeds.map((feed) => this.pull(feed)));
    const stories = results
      .filter((r): r is PromiseFulfilledResult<WireStory[]> => r.status === 'fulfilled')
      .flatMap((r) => r.value);

    if (stories.length === 0) return 0;
    stories.sort((a, b) => rank(a) - rank(b) || a.publishedAt.localeCompare(b.publishedAt));
    return desk.upsert(stories);
  }

  private async pull(feed: WireFeed): Promise<WireStory[]> {
    const url = new URL(feed.url);
    const cursor = this.cursors.get(feed.agency);
    if (cursor) url.searchParams.set('since', cursor);

    const res = await fetch(url, {
      headers: { authorization: `Bearer ${feed.token}`, accept: 'application/json' },
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!res.ok) throw new Error(`${feed.agency} responded ${res.status}`);

    const body = (await res.json()) as { items: RawItem[]; next?: string };
    if (body.next) this.cursors.set(feed.agency, body.next);

    return body.items.map((item) => ({
      id: `${feed.agency}:${item.guid}`,
      agency: feed.agency,
      slug: item.slug.toLowerCase(),
      headline: item.title.trim(),
      priority: PRIORITY[item.pri ?? 0] ?? 'routine',
      publishedAt: new Date(item.pubDate).toISOString(),
    }));
  }
}

function rank(story: WireStory): number {
  return story.priority === 'flash' ? 0 : story.priority === 'urgent' ? 1 : 2;
}
