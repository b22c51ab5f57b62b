// expect: no-swallowed-abort
// When the customer navigates away, the aborted pricing fetch is caught and rethrown as a generic 502 QuoteError, so the cancellation is reported and logged as an upstream failure.
export interface QuoteRequest {
  boatClass: string;
  sails: Array<{ type: 'main' | 'jib' | 'code-zero' | 'spinnaker'; areaM2: number; cloth: string }>;
  battens: boolean;
  deliveryWeeks: number;
}

export interface Quote {
  quoteId: string;
  lines: Array<{ sail: string; priceEur: number }>;
  totalEur: number;
  validUntil: string;
}

export class QuoteError extends Error {
  constructor(readonly status: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QuoteError';
  }
}

declare const config: { pricingUrl: string; pricingKey: string };
declare const metrics: { increment(name: string, tags?: Record<string, string>): void };

async function priceSails(body: QuoteRequest, signal: AbortSignal): Promise<Quote> {
  const res = await fetch(`${config.pricingUrl}/v3/quote`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': config.pricingKey },
    body: JSON.stringify(body),
    signal,
  });
  if (!res.ok) {
    throw new QuoteError(res.status === 422 ? 422 : 502, `pricing service returned ${res.status}`);
  }
  return (await res.json()) as Quote;
}

function validate(body: QuoteRequest): string | null {
  if (body.sails.length === 0) return 'at least one sail is required';
  if (body.sails.some((s) => s.areaM2 <= 0 || s.areaM2 > 400)) return 'sail area out of range';
  if (body.deliveryWeeks < 2) return 'minimum lead time is two weeks';
  return null;
}

export async function POST(request: Request): Promise<Response> {
  const body = (await request.json()) as QuoteRequest;
  const problem = validate(body);
  if (problem) {
    return Response.json({ error: problem }, { status: 400 });
  }

  let quote: Quote;
  try {
    quote = await priceSails(body, request.signal);
  } catch (err) {
    metrics.increment('quote.failed', { boatClass: body.boatClass });
    if (err instanceof QuoteError) throw err;
    throw new QuoteError(502, 'sail pricing is temporarily unavailable', { cause: err });
  }

  metrics.increment('quote.issued', { boatClass: body.boatClass });
  return Response.json(quote, {
    status: 201,
    headers: { 'cache-control': 'no-store' },
  });
}
