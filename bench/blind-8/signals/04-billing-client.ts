// expect: no-swallowed-abort
// request() rewraps every fetch rejection, including the AbortError thrown when the caller's signal fires, as ApiError('network') which reports itself retryable, so callers checking for AbortError never see the cancellation and treat it as a transient outage.
export class ApiError extends Error {
  constructor(
    readonly kind: 'network' | 'http',
    message: string,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ApiError';
  }

  get retryable(): boolean {
    return this.kind === 'network' || (this.status ?? 0) >= 500 || this.status === 429;
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  idempotencyKey?: string;
}

export interface Invoice {
  id: string;
  customerId: string;
  amountDue: number;
  currency: string;
  status: 'draft' | 'open' | 'paid' | 'void';
}

export interface Refund {
  id: string;
  invoiceId: string;
  amount: number;
}

export class BillingClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  private async request<T>(method: 'GET' | 'POST', path: string, body: unknown, opts: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.apiKey}`,
      accept: 'application/json',
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;

    let res: Response;
    try {
      res = await fetch(new URL(path, this.baseUrl), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: opts.signal,
      });
    } catch (err) {
      throw new ApiError('network', `${method} ${path} failed: ${(err as Error).message}`, undefined, { cause: err });
    }

    if (!res.ok) {
      const detail = await res.text();
      throw new ApiError('http', `${method} ${path} -> ${res.status}: ${detail.slice(0, 200)}`, res.status);
    }
    return (await res.json()) as T;
  }

  listOpenInvoices(customerId: string, opts?: RequestOptions): Promise<Invoice[]> {
    return this.request<Invoice[]>('GET', `/v1/customers/${customerId}/invoices?status=open`, undefined, opts);
  }

  refund(invoiceId: string, amount: number, opts?: RequestOptions): Promise<Refund> {
    return this.request<Refund>('POST', `/v1/invoices/${invoiceId}/refunds`, { amount }, opts);
  }
}
