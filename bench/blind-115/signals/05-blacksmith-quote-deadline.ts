// expect: none
// The race's losers are cleaned up in finally: the deadline timer is cleared, the quote request is aborted through its own controller, and the caller's abort listener is removed.
export interface CommissionRequest {
  customer: string;
  item: 'gate' | 'railing' | 'fire-tools' | 'knife' | 'hinge-set';
  material: 'mild-steel' | 'wrought-iron' | 'damascus';
  lengthCm: number;
  finish: 'black-wax' | 'galvanised' | 'raw';
}

export interface Quote {
  quoteId: string;
  priceCents: number;
  leadTimeDays: number;
}

export class QuoteDeadlineError extends Error {
  constructor(ms: number) {
    super(`estimator did not answer within ${ms}ms`);
    this.name = 'QuoteDeadlineError';
  }
}

async function requestQuote(estimatorUrl: string, req: CommissionRequest, signal: AbortSignal): Promise<Quote> {
  const res = await fetch(`${estimatorUrl}/quotes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(req),
    signal,
  });
  if (!res.ok) {
    throw new Error(`estimator responded ${res.status}`);
  }
  return (await res.json()) as Quote;
}

export async function quoteWithDeadline(
  estimatorUrl: string,
  req: CommissionRequest,
  { deadlineMs = 8_000, signal }: { deadlineMs?: number; signal?: AbortSignal } = {},
): Promise<Quote> {
  signal?.throwIfAborted();

  const controller = new AbortController();
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QuoteDeadlineError(deadlineMs)), deadlineMs);
  });

  try {
    return await Promise.race([requestQuote(estimatorUrl, req, controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    signal?.removeEventListener('abort', forwardAbort);
  }
}

export function formatQuote(req: CommissionRequest, quote: Quote): string {
  const euros = (quote.priceCents / 100).toFixed(2);
  return `${req.item} in ${req.material} (${req.lengthCm}cm, ${req.finish}): €${euros}, ready in ${quote.leadTimeDays} days [${quote.quoteId}]`;
}
