// expect: none
// Promise.any over operator quotes shares one controller that is aborted in finally, the deadline timer is cleared, and abort/timeout reasons are rethrown, so nothing outlives the call.
export interface RouteQuery {
  from: string;
  to: string;
  departDate: string;
  passengers: number;
  vehicle?: 'car' | 'motorbike' | 'van' | 'none';
}

export interface OperatorEndpoint {
  code: string;
  baseUrl: string;
  apiKey: string;
}

export interface FareQuote {
  operator: string;
  sailingId: string;
  totalPence: number;
  currency: 'GBP' | 'EUR';
  expiresAt: string;
}

export class NoQuotesAvailable extends Error {
  constructor(
    readonly route: RouteQuery,
    readonly failures: unknown[],
  ) {
    super(`No operator could quote ${route.from} -> ${route.to} on ${route.departDate}`);
    this.name = 'NoQuotesAvailable';
  }
}

async function requestQuote(op: OperatorEndpoint, route: RouteQuery, signal: AbortSignal): Promise<FareQuote> {
  const params = new URLSearchParams({
    from: route.from,
    to: route.to,
    date: route.departDate,
    pax: String(route.passengers),
    vehicle: route.vehicle ?? 'none',
  });
  const res = await fetch(`${op.baseUrl}/v2/quotes?${params}`, {
    headers: { authorization: `Bearer ${op.apiKey}`, accept: 'application/json' },
    signal,
  });
  if (!res.ok) {
    throw new Error(`${op.code} quote failed with HTTP ${res.status}`);
  }
  const body = (await res.json()) as Omit<FareQuote, 'operator'>;
  return { ...body, operator: op.code };
}

export async function fastestQuote(
  route: RouteQuery,
  operators: OperatorEndpoint[],
  opts: { signal?: AbortSignal; deadlineMs?: number } = {},
): Promise<FareQuote> {
  opts.signal?.throwIfAborted();
  const deadlineMs = opts.deadlineMs ?? 2500;

  const controller = new AbortController();
  const forwardAbort = () => controller.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', forwardAbort, { once: true });
  const timer = setTimeout(
    () => controller.abort(new DOMException(`Quote deadline of ${deadlineMs}ms exceeded`, 'TimeoutError')),
    deadlineMs,
  );

  try {
    return await Promise.any(operators.map((op) => requestQuote(op, route, controller.signal)));
  } catch (err) {
    if (controller.signal.aborted) {
      // either the caller cancelled or the deadline fired; surface that reason as-is
      throw controller.signal.reason;
    }
    const failures = err instanceof AggregateError ? err.errors : [err];
    throw new NoQuotesAvailable(route, failures);
  } finally {
    clearTimeout(timer);
    // once we have a winner the other operators' requests are no longer needed
    controller.abort();
    opts.signal?.removeEventListener('abort', forwardAbort);
  }
}

export async function quoteWithinBudget(
  route: RouteQuery,
  operators: OperatorEndpoint[],
  budgetPence: number,
  signal?: AbortSignal,
): Promise<FareQuote | undefined> {
  const quote = await fastestQuote(route, operators, { signal });
  return quote.totalPence <= budgetPence ? quote : undefined;
}
