// expect: none
// assert.rejects accepts a function and calls it, so passing the async function reference issues a fresh request for each assertion and checks that one's rejection.
import assert from 'node:assert/strict';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => void): void;

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface Invoice {
  id: string;
  totalCents: number;
  currency: string;
}

class BillingClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  async getInvoice(id: string): Promise<Invoice> {
    const res = await this.fetchImpl(`${this.baseUrl}/invoices/${encodeURIComponent(id)}`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    if (!res.ok) throw new ApiError(res.status, `GET invoice ${id} -> ${res.status}`);
    return (await res.json()) as Invoice;
  }
}

describe('BillingClient.getInvoice', () => {
  let calls: string[];
  let responses: Response[];
  const fakeFetch: typeof fetch = async (input) => {
    calls.push(String(input));
    const next = responses.shift();
    if (!next) throw new Error('unexpected extra request');
    return next;
  };

  beforeEach(() => {
    calls = [];
    responses = [];
  });

  it('maps 404 and 401 to ApiError with the status', async () => {
    const client = new BillingClient('https://billing.test', 'tok_123', fakeFetch);
    const fetchMissing = async () => client.getInvoice('inv_missing');
    responses.push(new Response('not found', { status: 404 }), new Response('nope', { status: 401 }));

    await assert.rejects(fetchMissing, (err: unknown) => err instanceof ApiError && err.status === 404);
    await assert.rejects(fetchMissing, (err: unknown) => err instanceof ApiError && err.status === 401);
    assert.equal(calls.length, 2);
  });

  it('returns the parsed invoice', async () => {
    const client = new BillingClient('https://billing.test', 'tok_123', fakeFetch);
    const invoice: Invoice = { id: 'inv_42', totalCents: 1999, currency: 'EUR' };
    responses.push(Response.json(invoice));

    assert.deepEqual(await client.getInvoice('inv_42'), invoice);
    assert.deepEqual(calls, ['https://billing.test/invoices/inv_42']);
  });
});
