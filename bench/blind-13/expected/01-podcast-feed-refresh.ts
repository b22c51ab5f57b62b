// expect: none
// The async functions are handed to map, setInterval and the emitter as callbacks, and each of those calls them.
import { EventEmitter } from 'node:events';

interface FeedSource {
  id: string;
  url: string;
  etag?: string;
}

interface Episode {
  guid: string;
  title: string;
  audioUrl: string;
  publishedAt: Date;
}

declare function parseRss(xml: string): Episode[];
declare const episodeStore: {
  listSources(): Promise<FeedSource[]>;
  upsertMany(feedId: string, episodes: Episode[]): Promise<number>;
  saveEtag(feedId: string, etag: string): Promise<void>;
};
declare const pushService: {
  notifyFollowers(feedId: string, message: string): Promise<void>;
};

export const feedEvents = new EventEmitter();

async function refreshFeed(source: FeedSource): Promise<number> {
  const headers: Record<string, string> = { accept: 'application/rss+xml' };
  if (source.etag) headers['if-none-match'] = source.etag;

  const res = await fetch(source.url, { headers, signal: AbortSignal.timeout(15_000) });
  if (res.status === 304) return 0;
  if (!res.ok) throw new Error(`feed ${source.id} responded ${res.status}`);

  const episodes = parseRss(await res.text());
  const inserted = await episodeStore.upsertMany(source.id, episodes);

  const etag = res.headers.get('etag');
  if (etag) await episodeStore.saveEtag(source.id, etag);
  if (inserted > 0) feedEvents.emit('episodes', source.id, inserted);
  return inserted;
}

export async function refreshAll(): Promise<{ inserted: number; failed: string[] }> {
  const sources = await episodeStore.listSources();
  const results = await Promise.allSettled(sources.map(refreshFeed));

  let inserted = 0;
  const failed: string[] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') inserted += result.value;
    else failed.push(sources[i].id);
  });
  return { inserted, failed };
}

async function announceEpisodes(feedId: string, count: number): Promise<void> {
  const noun = count === 1 ? 'episode' : 'episodes';
  try {
    await pushService.notifyFollowers(feedId, `${count} new ${noun} available`);
  } catch (err) {
    console.warn(`push for ${feedId} failed`, err);
  }
}

feedEvents.on('episodes', announceEpisodes);

let running = false;

async function runCycle(): Promise<void> {
  if (running) return;
  running = true;
  try {
    const { inserted, failed } = await refreshAll();
    console.info(`feed refresh: ${inserted} new episodes, ${failed.length} failing feeds`);
  } catch (err) {
    console.error('feed refresh cycle failed', err);
  } finally {
    running = false;
  }
}

export function startFeedScheduler(intervalMs = 10 * 60_000): () => void {
  const timer = setInterval(runCycle, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
