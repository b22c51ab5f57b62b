// expect: no-swallowed-abort
// fetchQuotes wraps every fetch failure, including an AbortError from the caller's signal, in a plain Error, so cancellation surfaces as an ordinary feed failure with the abort name lost.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface StampQuote {
  catalogue: string;
  bid: number;
  ask: number;
}

class QuoteFeedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QuoteFeedError';
  }
}

async function fetchQuotes(baseUrl: string, catalogues: string[], signal: AbortSignal): Promise<StampQuote[]> {
  const url = `${baseUrl}/quotes?c=${catalogues.map(encodeURIComponent).join(',')}`;
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (err) {
    throw new QuoteFeedError(`quote feed unreachable: ${(err as Error).message}`, { cause: err });
  }
  if (!res.ok) {
    throw new QuoteFeedError(`quote feed answered HTTP ${res.status}`);
  }
  const quotes = (await res.json()) as StampQuote[];
  return quotes.filter((q) => q.ask >= q.bid);
}

describe('fetchQuotes', () => {
  let server: Server;
  let baseUrl: string;

  before(async () => {
    server = createServer((req, res) => {
      if (req.url?.includes('SLOW')) {
        setTimeout(() => res.end('[]'), 200);
        return;
      }
      if (req.url?.includes('BROKEN')) {
        res.statusCode = 503;
        res.end();
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify([
          { catalogue: 'SG-1', bid: 300, ask: 340 },
          { catalogue: 'SG-2', bid: 90, ask: 80 },
        ]),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('drops crossed quotes', async () => {
    const quotes = await fetchQuotes(baseUrl, ['SG-1', 'SG-2'], new AbortController().signal);
    assert.deepEqual(quotes, [{ catalogue: 'SG-1', bid: 300, ask: 340 }]);
  });

  test('reports a broken feed', async () => {
    await assert.rejects(fetchQuotes(baseUrl, ['BROKEN'], new AbortController().signal), QuoteFeedError);
  });

  test('gives up when the caller times out', async () => {
    await assert.rejects(fetchQuotes(baseUrl, ['SLOW'], AbortSignal.timeout(20)), /quote feed unreachable/);
  });
});
