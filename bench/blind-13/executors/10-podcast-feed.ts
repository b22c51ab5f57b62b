// expect: none
// The delay() helper clears its timer on abort and removes its abort listener when the timer wins, so it settles exactly once either way; fetch timeouts are cleared in finally.
export interface Episode {
  guid: string;
  title: string;
  audioUrl: string;
  publishedAt: Date;
  durationSec?: number;
}

export class FeedHttpError extends Error {
  constructor(
    public readonly status: number,
    public readonly feedUrl: string,
  ) {
    super(`feed ${feedUrl} responded ${status}`);
    this.name = 'FeedHttpError';
  }
}

declare function parseRss(xml: string): Episode[];

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
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
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

async function fetchOnce(feedUrl: string, timeoutMs: number, outer?: AbortSignal): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`timed out fetching ${feedUrl}`)), timeoutMs);
  const forward = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', forward, { once: true });

  try {
    const res = await fetch(feedUrl, {
      signal: controller.signal,
      headers: { Accept: 'application/rss+xml, application/xml;q=0.9' },
    });
    if (!res.ok) throw new FeedHttpError(res.status, feedUrl);
    return await res.text();
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forward);
  }
}

export async function fetchEpisodes(
  feedUrl: string,
  { retries = 3, timeoutMs = 10_000, signal }: { retries?: number; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<Episode[]> {
  let lastError: unknown;

  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const xml = await fetchOnce(feedUrl, timeoutMs, signal);
      return parseRss(xml).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
    } catch (err) {
      lastError = err;
      if (signal?.aborted) throw err;
      // Client errors won't fix themselves; only retry 5xx and network failures.
      if (err instanceof FeedHttpError && err.status < 500 && err.status !== 429) throw err;
      if (attempt < retries) {
        const backoff = Math.min(30_000, 500 * 2 ** attempt) + Math.random() * 250;
        await delay(backoff, signal);
      }
    }
  }

  throw lastError;
}

export async function refreshSubscriptions(feeds: string[], signal: AbortSignal): Promise<Map<string, Episode[] | Error>> {
  const out = new Map<string, Episode[] | Error>();
  for (const url of feeds) {
    try {
      out.set(url, await fetchEpisodes(url, { signal }));
    } catch (e) {
      if (signal.aborted) break;
      out.set(url, e instanceof Error ? e : new Error(String(e)));
    }
  }
  return out;
}
