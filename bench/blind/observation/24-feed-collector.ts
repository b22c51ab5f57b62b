// expect: none
// Each feed is fetched inside the loop body and awaited before the next one is started, so there is never more than one pending promise and it always has a consumer.
interface FeedItem { title: string; link: string; published: string }

declare function parseFeed(xml: string): FeedItem[];

export async function collectFeeds(urls: readonly string[], signal?: AbortSignal): Promise<FeedItem[]> {
  const items: FeedItem[] = [];

  for (const url of urls) {
    let res: Response;
    try {
      res = await fetch(url, { signal, headers: { accept: "application/rss+xml" } });
    } catch (err) {
      console.warn(`skipping ${url}:`, err);
      continue;
    }
    if (!res.ok) {
      continue;
    }
    items.push(...parseFeed(await res.text()));
  }

  return items.sort((a, b) => b.published.localeCompare(a.published));
}
