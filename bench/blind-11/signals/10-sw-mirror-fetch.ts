// expect: none
// Promise.any races the mirrors with per-mirror controllers linked to the caller's signal, and every losing request is aborted once a winner settles.

const MIRRORS = ['https://cdn-a.example.net', 'https://cdn-b.example.net', 'https://cdn-c.example.net'];

const CACHE_NAME = 'assets-v7';

export async function fetchFromFastestMirror(path: string, signal: AbortSignal): Promise<Response> {
  signal.throwIfAborted();
  const controllers = MIRRORS.map(() => new AbortController());

  const attempts = MIRRORS.map(async (base, i) => {
    const res = await fetch(new URL(path, base), {
      signal: AbortSignal.any([signal, controllers[i].signal]),
      credentials: 'omit',
    });
    if (!res.ok) throw new Error(`${base} responded ${res.status}`);
    return { res, index: i };
  });

  try {
    const { res, index } = await Promise.any(attempts);
    controllers.forEach((c, i) => {
      if (i !== index) c.abort(new DOMException('another mirror won', 'AbortError'));
    });
    return res;
  } catch (err) {
    signal.throwIfAborted();
    throw err instanceof AggregateError ? new Error(`all mirrors failed for ${path}`, { cause: err }) : err;
  }
}

export async function cachedAsset(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE_NAME);
  const hit = await cache.match(request);
  if (hit) return hit;

  const { pathname } = new URL(request.url);
  const res = await fetchFromFastestMirror(pathname, request.signal);
  await cache.put(request, res.clone());
  return res;
}

export function isMirroredAsset(url: URL): boolean {
  return url.pathname.startsWith('/static/') || url.pathname.startsWith('/fonts/');
}
