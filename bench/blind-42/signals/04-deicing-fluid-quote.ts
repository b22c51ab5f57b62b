// expect: none
// withDeadline races the work against a timer; in finally both the timer (via its own controller) and the losing request are aborted, and the parent listener is removed.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FluidQuote {
  supplier: string;
  fluid: 'type-I' | 'type-II' | 'type-IV';
  pricePerLitre: number;
  deliveryHours: number;
}

export class DeadlineError extends Error {
  constructor(readonly label: string, readonly ms: number) {
    super(`${label} did not answer within ${ms} ms`);
    this.name = 'DeadlineError';
  }
}

declare const suppliers: Array<{ name: string; quoteUrl: string }>;

export async function withDeadline<T>(
  label: string,
  ms: number,
  work: (signal: AbortSignal) => Promise<T>,
  parent?: AbortSignal,
): Promise<T> {
  parent?.throwIfAborted();
  const workCtl = new AbortController();
  const timerCtl = new AbortController();
  const onParentAbort = () => workCtl.abort(parent?.reason);
  parent?.addEventListener('abort', onParentAbort, { once: true });

  try {
    return await Promise.race([
      work(workCtl.signal),
      sleep(ms, undefined, { signal: timerCtl.signal }).then(() => {
        throw new DeadlineError(label, ms);
      }),
    ]);
  } finally {
    timerCtl.abort();
    workCtl.abort();
    parent?.removeEventListener('abort', onParentAbort);
  }
}

async function requestQuote(
  supplier: { name: string; quoteUrl: string },
  litres: number,
  fluid: FluidQuote['fluid'],
  signal: AbortSignal,
): Promise<FluidQuote> {
  const res = await fetch(supplier.quoteUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ litres, fluid, airport: 'YQB' }),
    signal,
  });
  if (!res.ok) throw new Error(`${supplier.name} quote failed: ${res.status}`);
  const body = (await res.json()) as { price_per_litre: number; delivery_hours: number };
  return { supplier: supplier.name, fluid, pricePerLitre: body.price_per_litre, deliveryHours: body.delivery_hours };
}

export async function cheapestQuote(
  litres: number,
  fluid: FluidQuote['fluid'],
  signal: AbortSignal,
): Promise<FluidQuote | undefined> {
  const outcomes = await Promise.allSettled(
    suppliers.map((s) => withDeadline(s.name, 8_000, (sig) => requestQuote(s, litres, fluid, sig), signal)),
  );
  signal.throwIfAborted();

  const quotes = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  // Storm days: delivery inside 6 hours matters more than a cheaper price.
  const urgent = quotes.filter((q) => q.deliveryHours <= 6);
  const pool = urgent.length > 0 ? urgent : quotes;
  return pool.sort((a, b) => a.pricePerLitre - b.pricePerLitre)[0];
}
