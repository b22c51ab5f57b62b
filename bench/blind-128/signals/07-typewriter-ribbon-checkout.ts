// expect: none
// The shipping-quote fallback catches ordinary failures only; an AbortError is rethrown unchanged before the fallback value is returned, so cancellation still reaches the caller.
export interface CartLine {
  sku: string;
  model: string;
  qty: number;
  unitPriceCents: number;
  weightG: number;
}

export interface ShippingQuote {
  carrier: string;
  cents: number;
  days: number;
  estimated: boolean;
}

export interface CheckoutTotals {
  subtotalCents: number;
  shipping: ShippingQuote;
  totalCents: number;
}

const FLAT_RATE: ShippingQuote = { carrier: 'post', cents: 695, days: 5, estimated: true };

function isAbort(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'AbortError';
}

export async function quoteShipping(
  apiBase: string,
  postcode: string,
  weightG: number,
  signal: AbortSignal,
): Promise<ShippingQuote> {
  try {
    const res = await fetch(`${apiBase}/shipping/quote`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ postcode, weightG }),
      signal,
    });
    if (!res.ok) return FLAT_RATE;
    const quote = (await res.json()) as Omit<ShippingQuote, 'estimated'>;
    return { ...quote, estimated: false };
  } catch (err) {
    if (isAbort(err)) throw err;
    console.warn(`[checkout] carrier quote failed for ${postcode}, using flat rate:`, (err as Error).message);
    return FLAT_RATE;
  }
}

export async function computeTotals(
  apiBase: string,
  lines: CartLine[],
  postcode: string,
  signal: AbortSignal,
): Promise<CheckoutTotals> {
  const subtotalCents = lines.reduce((sum, l) => sum + l.qty * l.unitPriceCents, 0);
  const weightG = lines.reduce((sum, l) => sum + l.qty * l.weightG, 0) + 120;
  const shipping = subtotalCents >= 5000
    ? { carrier: 'post', cents: 0, days: 5, estimated: false }
    : await quoteShipping(apiBase, postcode, weightG, signal);
  return { subtotalCents, shipping, totalCents: subtotalCents + shipping.cents };
}

export function describeTotals(t: CheckoutTotals): string {
  const fmt = (c: number) => `$${(c / 100).toFixed(2)}`;
  const ship = t.shipping.cents === 0 ? 'free' : fmt(t.shipping.cents);
  return `Ribbons ${fmt(t.subtotalCents)} + shipping ${ship}${t.shipping.estimated ? ' (est.)' : ''} = ${fmt(t.totalCents)}`;
}
