// expect: none
// The offline fallback to the Cache API is taken only for network failures; a DOMException named AbortError is rethrown first, so a cancelled navigation is not turned into a cached result.

const CACHE_NAME = "articles-v3";

export async function loadArticle(slug: string, signal: AbortSignal): Promise<Response> {
  const url = `/articles/${encodeURIComponent(slug)}.json`;
  try {
    const fresh = await fetch(url, { signal });
    if (fresh.ok) {
      const cache = await caches.open(CACHE_NAME);
      await cache.put(url, fresh.clone());
    }
    return fresh;
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") {
      throw err;
    }
    const cached = await caches.match(url);
    if (cached) {
      return cached;
    }
    throw err;
  }
}
