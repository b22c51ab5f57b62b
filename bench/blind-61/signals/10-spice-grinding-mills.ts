// expect: none
// fastestQuote races the suppliers under one AbortController that is aborted in finally, so the losing requests are cancelled and the timeout signal is tied to the caller's signal.
export interface Quote {
  supplier: string;
  spice: string;
  pricePerKg: number;
  leadDays: number;
}

export interface Supplier {
  name: string;
  endpoint: string;
}

export interface MillPlan {
  spice: string;
  kilograms: number;
  quote: Quote;
  costCents: number;
}

declare const millCapacity: {
  freeKilograms(millId: string, init?: { signal?: AbortSignal }): Promise<number>;
};

async function requestQuote(supplier: Supplier, spice: string, kg: number, signal: AbortSignal): Promise<Quote> {
  const url = new URL("/quotes", supplier.endpoint);
  url.searchParams.set("spice", spice);
  url.searchParams.set("kg", String(kg));
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${supplier.name} refused quote: ${res.status}`);
  const body = (await res.json()) as Omit<Quote, "supplier">;
  return { ...body, supplier: supplier.name };
}

export async function fastestQuote(
  suppliers: readonly Supplier[],
  spice: string,
  kg: number,
  options: { signal: AbortSignal; timeoutMs?: number },
): Promise<Quote> {
  if (suppliers.length === 0) throw new Error("no suppliers configured");
  const losers = new AbortController();
  const signal = AbortSignal.any([
    options.signal,
    losers.signal,
    AbortSignal.timeout(options.timeoutMs ?? 10_000),
  ]);
  try {
    return await Promise.any(suppliers.map((s) => requestQuote(s, spice, kg, signal)));
  } catch (err) {
    options.signal.throwIfAborted();
    if (err instanceof AggregateError) {
      throw new Error(`no supplier could quote ${kg} kg of ${spice}`, { cause: err });
    }
    throw err;
  } finally {
    losers.abort();
  }
}

export async function planGrind(
  millId: string,
  spice: string,
  kilograms: number,
  suppliers: readonly Supplier[],
  signal: AbortSignal,
): Promise<MillPlan> {
  const free = await millCapacity.freeKilograms(millId, { signal });
  if (free < kilograms) {
    throw new Error(`mill ${millId} has ${free} kg free, ${kilograms} kg requested`);
  }
  const quote = await fastestQuote(suppliers, spice, kilograms, { signal });
  return {
    spice,
    kilograms,
    quote,
    costCents: Math.round(quote.pricePerKg * kilograms * 100),
  };
}

export function cheapest(quotes: readonly Quote[], maxLeadDays: number): Quote | undefined {
  return quotes
    .filter((q) => q.leadDays <= maxLeadDays)
    .reduce<Quote | undefined>((best, q) => (best && best.pricePerKg <= q.pricePerKg ? best : q), undefined);
}
