// expect: require-signal-propagation
// The handler forwards req.signal to the quota check but not to the upstream fetch, so when the browser cancels a keystroke's search the upstream request keeps running to completion.
interface SearchHit {
  id: string;
  title: string;
  score: number;
}

declare const quotas: {
  consume(apiKey: string, units: number, opts?: { signal?: AbortSignal }): Promise<{ remaining: number }>;
};

const UPSTREAM = process.env.SEARCH_UPSTREAM ?? 'https://search.internal.example.com';

function json(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...extra } });
}

export async function GET(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const q = url.searchParams.get('q')?.trim() ?? '';
  const apiKey = req.headers.get('x-api-key');
  if (!apiKey) return json(401, { error: 'missing api key' });
  if (q.length < 2) return json(200, { hits: [] });

  const { remaining } = await quotas.consume(apiKey, 1, { signal: req.signal });
  if (remaining < 0) return json(429, { error: 'quota exceeded' }, { 'retry-after': '60' });

  const upstreamUrl = new URL('/v1/query', UPSTREAM);
  upstreamUrl.searchParams.set('q', q);
  upstreamUrl.searchParams.set('limit', url.searchParams.get('limit') ?? '10');

  const upstream = await fetch(upstreamUrl, {
    headers: { accept: 'application/json', 'x-request-id': req.headers.get('x-request-id') ?? crypto.randomUUID() },
  });
  if (!upstream.ok) {
    console.error(`[search] upstream ${upstream.status} for q=${JSON.stringify(q)}`);
    return json(502, { error: 'search backend unavailable' });
  }

  const { hits } = (await upstream.json()) as { hits: SearchHit[] };
  return json(200, { hits: hits.filter((h) => h.score > 0.2) }, { 'x-quota-remaining': String(remaining) });
}
