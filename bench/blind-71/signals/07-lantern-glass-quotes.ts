// expect: none
// The supplier race aborts every losing request through a shared controller and clears its timeout timer in finally.
export interface GlassQuote {
  supplier: string;
  tint: string;
  pricePerSqmCents: number;
  leadDays: number;
}

export interface QuoteRequest {
  tint: string;
  thicknessMm: number;
  squareMetres: number;
}

declare const suppliers: Array<{ name: string; endpoint: string }>;

async function requestQuote(
  supplier: { name: string; endpoint: string },
  request: QuoteRequest,
  signal: AbortSignal,
): Promise<GlassQuote> {
  const response = await fetch(supplier.endpoint, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
    signal,
  });
  if (!response.ok) {
    throw new Error(`${supplier.name} declined to quote (${response.status})`);
  }
  const body = (await response.json()) as Omit<GlassQuote, "supplier">;
  return { supplier: supplier.name, ...body };
}

export async function firstQuote(
  request: QuoteRequest,
  { signal, timeoutMs = 4000 }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<GlassQuote> {
  const controller = new AbortController();
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", forward, { once: true });
  if (signal?.aborted) forward();

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no supplier quoted within ${timeoutMs}ms`)), timeoutMs);
  });

  try {
    return await Promise.race([
      Promise.any(suppliers.map((s) => requestQuote(s, request, controller.signal))),
      timeout,
    ]);
  } catch (err) {
    signal?.throwIfAborted();
    throw err;
  } finally {
    clearTimeout(timer);
    controller.abort();
    signal?.removeEventListener("abort", forward);
  }
}

export function totalCost(quote: GlassQuote, request: QuoteRequest, cuttingFeeCents = 1500): number {
  const glass = Math.ceil(quote.pricePerSqmCents * request.squareMetres);
  const wasteAllowance = Math.ceil(glass * 0.12);
  return glass + wasteAllowance + cuttingFeeCents;
}

export function describeQuote(quote: GlassQuote, request: QuoteRequest): string {
  const dollars = (totalCost(quote, request) / 100).toFixed(2);
  return `${quote.supplier}: ${request.squareMetres}m2 of ${request.tint} ${request.thicknessMm}mm for $${dollars}, ${quote.leadDays} days`;
}
