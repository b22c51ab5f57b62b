// expect: require-signal-propagation
// The handler forwards req.signal to the mesh stock fetch but calls pricing.quote, which accepts a signal, without it, so a disconnected client leaves the pricing call running.
export interface StringingRequest {
  head: string;
  mesh: string;
  pocket: 'low' | 'mid' | 'high';
  sidewalls: 'nylon' | 'leather';
  rush: boolean;
}

export interface MeshStock {
  mesh: string;
  inStock: number;
  leadDays: number;
}

export interface Quote {
  cents: number;
  readyBy: string;
  breakdown: Record<string, number>;
}

export interface PricingEngine {
  quote(
    input: StringingRequest & { meshLeadDays: number },
    options?: { signal?: AbortSignal; currency?: string },
  ): Promise<Quote>;
}

function badRequest(message: string): Response {
  return new Response(JSON.stringify({ error: message }), {
    status: 400,
    headers: { 'content-type': 'application/json' },
  });
}

function validate(body: unknown): StringingRequest | string {
  if (typeof body !== 'object' || body === null) return 'body must be an object';
  const b = body as Partial<StringingRequest>;
  if (!b.head || !b.mesh) return 'head and mesh are required';
  if (!['low', 'mid', 'high'].includes(b.pocket ?? '')) return 'pocket must be low, mid or high';
  if (b.sidewalls !== 'nylon' && b.sidewalls !== 'leather') return 'sidewalls must be nylon or leather';
  return { head: b.head, mesh: b.mesh, pocket: b.pocket!, sidewalls: b.sidewalls, rush: Boolean(b.rush) };
}

export function createQuoteHandler(inventoryBase: string, pricing: PricingEngine) {
  return async function handleQuote(req: Request): Promise<Response> {
    let body: unknown;
    try {
      body = await req.json();
    } catch (err) {
      if (req.signal.aborted) throw err;
      return badRequest('body is not valid JSON');
    }
    const parsed = validate(body);
    if (typeof parsed === 'string') return badRequest(parsed);

    const stockRes = await fetch(`${inventoryBase}/mesh/${encodeURIComponent(parsed.mesh)}`, {
      signal: req.signal,
    });
    if (stockRes.status === 404) return badRequest(`unknown mesh ${parsed.mesh}`);
    if (!stockRes.ok) return new Response('inventory unavailable', { status: 502 });
    const stock = (await stockRes.json()) as MeshStock;

    const meshLeadDays = stock.inStock > 0 ? 0 : stock.leadDays;
    const quote = await pricing.quote({ ...parsed, meshLeadDays }, { currency: 'USD' });

    return new Response(JSON.stringify({ ...quote, meshInStock: stock.inStock > 0 }), {
      status: 200,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    });
  };
}
