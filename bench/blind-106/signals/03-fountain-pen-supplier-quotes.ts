// expect: no-swallowed-abort
// fetchQuote's catch turns every failure, including the AbortError raised when the clerk cancels, into a null "supplier unavailable" result, so a cancelled comparison carries on and reports a misleading best quote or "no supplier could quote".
export interface Supplier {
  name: string;
  endpoint: string;
  apiKey: string;
}

export interface PartRequest {
  penModel: string;
  parts: Array<{ sku: string; qty: number }>;
}

export interface SupplierQuote {
  supplier: string;
  totalCents: number;
  leadTimeDays: number;
}

export interface Log {
  warn(msg: string): void;
}

async function fetchQuote(supplier: Supplier, req: PartRequest, signal: AbortSignal, log: Log): Promise<SupplierQuote | null> {
  try {
    const res = await fetch(`${supplier.endpoint}/quote`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${supplier.apiKey}` },
      body: JSON.stringify(req),
      signal,
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body = (await res.json()) as { total_cents: number; lead_time_days: number };
    return { supplier: supplier.name, totalCents: body.total_cents, leadTimeDays: body.lead_time_days };
  } catch (err) {
    log.warn(`supplier ${supplier.name} unavailable: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

export async function compareSuppliers(
  suppliers: Supplier[],
  req: PartRequest,
  opts: { signal: AbortSignal; maxLeadTimeDays?: number; log: Log },
): Promise<SupplierQuote> {
  const quotes: SupplierQuote[] = [];
  for (const supplier of suppliers) {
    const quote = await fetchQuote(supplier, req, opts.signal, opts.log);
    if (quote) quotes.push(quote);
  }

  const acceptable = quotes.filter((q) => q.leadTimeDays <= (opts.maxLeadTimeDays ?? 21));
  if (acceptable.length === 0) {
    throw new Error(`no supplier could quote ${req.penModel} within the lead time`);
  }
  return acceptable.reduce((best, q) => (q.totalCents < best.totalCents ? q : best));
}

export function quoteLine(q: SupplierQuote): string {
  return `${q.supplier}: ${(q.totalCents / 100).toFixed(2)} EUR, ${q.leadTimeDays} days`;
}
