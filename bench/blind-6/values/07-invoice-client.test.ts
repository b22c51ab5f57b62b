// expect: none
// The unawaited promises go to assert.rejects, which takes a promise and awaits it; every value comparison uses an awaited result.
import { describe, it, mock, afterEach } from 'node:test';
import assert from 'node:assert/strict';

interface Invoice {
  id: string;
  amountCents: number;
  currency: string;
  status: 'draft' | 'open' | 'paid' | 'void';
}

class InvoiceClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  async get(id: string): Promise<Invoice> {
    const res = await fetch(`${this.baseUrl}/v1/invoices/${encodeURIComponent(id)}`, {
      headers: { authorization: `Bearer ${this.apiKey}` },
    });
    if (res.status === 404) throw new Error(`invoice ${id} not found`);
    if (!res.ok) throw new Error(`billing API error ${res.status}`);
    return (await res.json()) as Invoice;
  }

  async isPaid(id: string): Promise<boolean> {
    return (await this.get(id)).status === 'paid';
  }
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('InvoiceClient', () => {
  const client = new InvoiceClient('https://billing.test', 'sk_test_123');

  afterEach(() => mock.restoreAll());

  it('returns the parsed invoice', async () => {
    const inv: Invoice = { id: 'in_1', amountCents: 4200, currency: 'EUR', status: 'open' };
    mock.method(globalThis, 'fetch', async () => jsonResponse(200, inv));
    assert.deepEqual(await client.get('in_1'), inv);
    assert.equal(await client.isPaid('in_1'), false);
  });

  it('maps 404 to a not-found error', async () => {
    mock.method(globalThis, 'fetch', async () => jsonResponse(404, { error: 'missing' }));
    await assert.rejects(client.get('in_404'), /invoice in_404 not found/);
  });

  it('surfaces server errors from isPaid', async () => {
    mock.method(globalThis, 'fetch', async () => jsonResponse(503, {}));
    const pending = client.isPaid('in_2');
    await assert.rejects(pending, { message: 'billing API error 503' });
  });
});
