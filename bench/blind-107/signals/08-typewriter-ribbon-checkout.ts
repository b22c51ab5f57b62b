// expect: require-signal-propagation
// checkout passes the request's signal to the price lookup but not to warehouse.reserve, which accepts one, so when the shopper's request is cancelled or times out the stock reservation still goes through and ribbons stay held for an abandoned order.
export interface PriceBook {
  quote(sku: string, qty: number, opts?: { signal?: AbortSignal }): Promise<{ unitCents: number; currency: string }>;
}

export interface Warehouse {
  reserve(sku: string, qty: number, opts?: { signal?: AbortSignal; holdMinutes?: number }): Promise<{ reservationId: string }>;
}

export interface CheckoutLine {
  sku: string;
  qty: number;
}

export interface CheckoutResult {
  reservations: string[];
  totalCents: number;
  currency: string;
}

export async function checkout(
  lines: CheckoutLine[],
  deps: { prices: PriceBook; warehouse: Warehouse },
  opts: { signal: AbortSignal },
): Promise<CheckoutResult> {
  let totalCents = 0;
  let currency = 'EUR';
  const reservations: string[] = [];

  for (const line of lines) {
    const q = await deps.prices.quote(line.sku, line.qty, { signal: opts.signal });
    totalCents += q.unitCents * line.qty;
    currency = q.currency;
  }

  for (const line of lines) {
    const { reservationId } = await deps.warehouse.reserve(line.sku, line.qty, { holdMinutes: 30 });
    reservations.push(reservationId);
  }

  return { reservations, totalCents, currency };
}

export function formatReceipt(result: CheckoutResult, lines: CheckoutLine[]): string {
  const total = new Intl.NumberFormat('en-IE', { style: 'currency', currency: result.currency }).format(result.totalCents / 100);
  const items = lines.map((l, i) => `  ${l.qty} x ${l.sku}  [hold ${result.reservations[i] ?? '?'}]`);
  return ['Typewriter ribbon order', ...items, `Total: ${total}`].join('\n');
}

export async function checkoutWithDeadline(
  lines: CheckoutLine[],
  deps: { prices: PriceBook; warehouse: Warehouse },
  parent: AbortSignal,
  ms = 20_000,
): Promise<string> {
  const signal = AbortSignal.any([parent, AbortSignal.timeout(ms)]);
  const result = await checkout(lines, deps, { signal });
  return formatReceipt(result, lines);
}
