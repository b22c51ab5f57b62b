// expect: none
// The route combines the request's signal with AbortSignal.timeout via AbortSignal.any and passes the combined signal to the backend fetch, so a disconnect or timeout cancels it.

declare const PRICING_SERVICE: string;

const BACKEND_TIMEOUT_MS = 4_000;

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const sku = url.searchParams.get("sku");
  if (!sku) {
    return Response.json({ error: "sku is required" }, { status: 400 });
  }
  const signal = AbortSignal.any([request.signal, AbortSignal.timeout(BACKEND_TIMEOUT_MS)]);
  const backend = await fetch(`${PRICING_SERVICE}/prices/${encodeURIComponent(sku)}`, {
    headers: { accept: "application/json" },
    signal,
  });
  if (!backend.ok) {
    return Response.json({ error: "pricing unavailable" }, { status: 502 });
  }
  const price = (await backend.json()) as { amount: number; currency: string };
  return Response.json({ sku, ...price }, { headers: { "cache-control": "max-age=30" } });
}
