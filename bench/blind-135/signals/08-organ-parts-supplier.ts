// expect: none
// Aborts are rethrown as-is before any wrapping, and only genuine supplier failures are converted into SupplierError with the original attached as cause.
export interface PartQuote {
  partNo: string;
  description: string;
  leadTimeWeeks: number;
  priceEur: number;
}

export interface PartRequest {
  partNo: string;
  quantity: number;
}

export class SupplierError extends Error {
  constructor(message: string, readonly partNo: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SupplierError';
  }
}

function isAbortError(err: unknown): boolean {
  return (err instanceof DOMException || err instanceof Error) && err.name === 'AbortError';
}

export class LeatherAndPipeSupplier {
  constructor(private baseUrl: string, private account: string) {}

  async quote(req: PartRequest, signal?: AbortSignal): Promise<PartQuote> {
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}/quotes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-account': this.account },
        body: JSON.stringify(req),
        signal,
      });
    } catch (err) {
      if (isAbortError(err)) throw err;
      throw new SupplierError(`could not reach supplier for ${req.partNo}`, req.partNo, { cause: err });
    }
    if (!res.ok) {
      throw new SupplierError(`supplier refused ${req.partNo}: HTTP ${res.status}`, req.partNo);
    }
    return (await res.json()) as PartQuote;
  }

  async quoteAll(
    parts: PartRequest[],
    signal?: AbortSignal,
  ): Promise<{ quotes: PartQuote[]; unavailable: string[] }> {
    const quotes: PartQuote[] = [];
    const unavailable: string[] = [];
    for (const part of parts) {
      try {
        quotes.push(await this.quote(part, signal));
      } catch (err) {
        if (err instanceof SupplierError) {
          unavailable.push(err.partNo);
          continue;
        }
        throw err;
      }
    }
    return { quotes, unavailable };
  }
}

export function restorationBudget(quotes: PartQuote[], contingency = 0.15): { totalEur: number; weeks: number } {
  const subtotal = quotes.reduce((sum, q) => sum + q.priceEur, 0);
  const weeks = quotes.reduce((max, q) => Math.max(max, q.leadTimeWeeks), 0);
  return { totalEur: Math.round(subtotal * (1 + contingency)), weeks };
}
