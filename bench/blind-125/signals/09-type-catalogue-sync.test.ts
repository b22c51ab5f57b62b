// expect: none
// CatalogueSync serves the cached catalogue only for non-abort failures and rethrows the AbortError untouched, which the tests check with assert.rejects on the error name.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface TypeFace {
  name: string;
  pointSizes: number[];
  founder: string;
}

class CatalogueSync {
  private cached: TypeFace[] = [];

  constructor(private readonly url: string, private readonly fetchImpl: typeof fetch) {}

  async refresh(signal?: AbortSignal): Promise<TypeFace[]> {
    try {
      const res = await this.fetchImpl(this.url, { signal });
      if (!res.ok) throw new Error(`catalogue server answered ${res.status}`);
      this.cached = (await res.json()) as TypeFace[];
      return this.cached;
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      return this.cached;
    }
  }
}

function fakeFetch(handler: (signal?: AbortSignal | null) => Promise<Response>): typeof fetch {
  return (async (_input: RequestInfo | URL, init?: RequestInit) => handler(init?.signal)) as typeof fetch;
}

const faces: TypeFace[] = [
  { name: 'Caslon Old Face', pointSizes: [10, 12, 14], founder: 'Stephenson Blake' },
  { name: 'Albertus', pointSizes: [18, 24, 36], founder: 'Monotype' },
];

describe('CatalogueSync', () => {
  let online = true;
  let sync: CatalogueSync;

  before(() => {
    sync = new CatalogueSync('https://type.example/catalogue', fakeFetch(async (signal) => {
      signal?.throwIfAborted();
      if (!online) throw new TypeError('fetch failed');
      return Response.json(faces);
    }));
  });

  after(() => {
    online = true;
  });

  test('loads the catalogue', async () => {
    assert.deepEqual(await sync.refresh(), faces);
  });

  test('keeps the last catalogue while the server is unreachable', async () => {
    online = false;
    assert.deepEqual(await sync.refresh(), faces);
  });

  test('does not hide a cancelled refresh', async () => {
    online = true;
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(sync.refresh(ac.signal), { name: 'AbortError' });
  });

  test('returns an empty catalogue before the first successful load', async () => {
    const cold = new CatalogueSync('https://type.example/catalogue', fakeFetch(async () => new Response('', { status: 502 })));
    assert.deepEqual(await cold.refresh(), []);
  });
});
