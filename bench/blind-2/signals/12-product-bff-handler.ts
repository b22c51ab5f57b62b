// expect: none
// req.signal is put into the shared RequestInit that both upstream calls receive, so a client disconnect cancels the catalog and reviews requests (and their body reads).
interface Env {
  CATALOG_URL: string;
  REVIEWS_URL: string;
  API_KEY: string;
}

interface Product {
  id: string;
  title: string;
  priceCents: number;
  imageUrl: string;
}

interface ReviewSummary {
  productId: string;
  average: number;
  count: number;
}

class UpstreamError extends Error {
  constructor(readonly host: string, readonly status: number) {
    super(`${host} responded ${status}`);
  }
}

async function getJson<T>(url: string, init: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new UpstreamError(new URL(url).host, res.status);
  return (await res.json()) as T;
}

export default {
  async fetch(req: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(req.url);
    const match = /^\/api\/products\/([\w-]+)$/.exec(pathname);
    if (!match || req.method !== 'GET') return new Response('not found', { status: 404 });
    const id = match[1];

    const init: RequestInit = {
      headers: { 'x-api-key': env.API_KEY, accept: 'application/json' },
      signal: req.signal,
    };

    let product: Product;
    try {
      product = await getJson<Product>(`${env.CATALOG_URL}/products/${id}`, init);
    } catch (err) {
      if (req.signal.aborted) throw err;
      if (err instanceof UpstreamError && err.status === 404) return new Response('not found', { status: 404 });
      console.error('catalog lookup failed', { id, err });
      return Response.json({ error: 'catalog unavailable' }, { status: 502 });
    }

    let reviews: ReviewSummary | null = null;
    try {
      reviews = await getJson<ReviewSummary>(`${env.REVIEWS_URL}/summary/${id}`, init);
    } catch (err) {
      if (req.signal.aborted) throw err;
      console.warn('reviews unavailable, serving product without rating', { id, err });
    }

    return Response.json(
      { ...product, rating: reviews ? { average: reviews.average, count: reviews.count } : null },
      { headers: { 'cache-control': 'private, max-age=30' } },
    );
  },
};
