// expect: none
// Every quote request in Promise.any shares a controller merged with the caller's signal, and that controller is aborted in finally so the losing requests are cancelled.
export interface GasOrder {
  gas: 'neon' | 'argon' | 'krypton';
  litres: number;
  purity: 5 | 6;
  deliverTo: string;
}

export interface Supplier {
  name: string;
  quoteUrl: string;
}

export interface Quote {
  supplier: string;
  priceEur: number;
  leadDays: number;
}

async function requestQuote(supplier: Supplier, order: GasOrder, signal: AbortSignal): Promise<Quote> {
  const res = await fetch(supplier.quoteUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(order),
    signal,
  });
  if (!res.ok) throw new Error(`${supplier.name} declined: ${res.status}`);
  const body = (await res.json()) as { price_eur: number; lead_days: number };
  return { supplier: supplier.name, priceEur: body.price_eur, leadDays: body.lead_days };
}

export async function firstAvailableQuote(
  suppliers: Supplier[],
  order: GasOrder,
  signal: AbortSignal,
): Promise<Quote> {
  if (suppliers.length === 0) throw new Error('no gas suppliers configured');
  const losers = new AbortController();
  const combined = AbortSignal.any([signal, losers.signal]);

  try {
    return await Promise.any(suppliers.map((s) => requestQuote(s, order, combined)));
  } catch (err) {
    signal.throwIfAborted();
    if (err instanceof AggregateError) {
      const reasons = err.errors.map((e) => (e as Error).message).join('; ');
      throw new Error(`no supplier could quote ${order.litres}L of ${order.gas}: ${reasons}`, { cause: err });
    }
    throw err;
  } finally {
    losers.abort();
  }
}

export function refillCost(quote: Quote, tubes: Array<{ lengthCm: number; diameterMm: number }>): number {
  const litresNeeded = tubes.reduce((sum, t) => {
    const radiusCm = t.diameterMm / 20;
    return sum + (Math.PI * radiusCm * radiusCm * t.lengthCm) / 1000;
  }, 0);
  const fillFactor = 0.004;
  return Math.round(quote.priceEur * litresNeeded * fillFactor * 100) / 100;
}
