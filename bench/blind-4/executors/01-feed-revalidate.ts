// expect: no-multiple-settle
// When the feed server answers 304 Not Modified, the response callback drains the body and returns without resolving or rejecting, so refreshFeed() hangs forever for every unchanged feed and refreshAll() never finishes.
import { get } from 'node:https';
import type { IncomingMessage } from 'node:http';

export interface CachedFeed {
  etag: string;
  fetchedAt: number;
  body: string;
}

declare const feedCache: {
  read(url: string): Promise<CachedFeed | undefined>;
  write(url: string, feed: CachedFeed): Promise<void>;
};

declare const log: {
  debug(msg: string, meta?: object): void;
  warn(msg: string, meta?: object): void;
};

function readBody(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.on('error', reject);
  });
}

export function refreshFeed(url: string, cached?: CachedFeed): Promise<CachedFeed> {
  const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml' };
  if (cached?.etag) headers['if-none-match'] = cached.etag;

  return new Promise<CachedFeed>((resolve, reject) => {
    const req = get(url, { headers, timeout: 15_000 }, (res) => {
      const status = res.statusCode ?? 0;
      if (status === 304 && cached) {
        res.resume();
        log.debug('feed not modified', { url, etag: cached.etag });
        cached.fetchedAt = Date.now();
        return;
      }
      if (status !== 200) {
        res.resume();
        reject(new Error(`feed ${url} answered HTTP ${status}`));
        return;
      }
      readBody(res).then((body) => resolve({ etag: String(res.headers.etag ?? ''), fetchedAt: Date.now(), body }), reject);
    });
    req.on('timeout', () => req.destroy(new Error(`feed ${url} timed out`)));
    req.on('error', reject);
  });
}

export async function refreshAll(urls: string[]): Promise<{ updated: number; failed: number }> {
  let updated = 0;
  let failed = 0;
  for (const url of urls) {
    try {
      const cached = await feedCache.read(url);
      const fresh = await refreshFeed(url, cached);
      await feedCache.write(url, fresh);
      if (fresh !== cached) updated++;
    } catch (err) {
      failed++;
      log.warn('feed refresh failed', { url, err: String(err) });
    }
  }
  return { updated, failed };
}
