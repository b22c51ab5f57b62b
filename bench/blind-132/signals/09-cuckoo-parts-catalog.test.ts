// expect: none
// priceFor rethrows AbortError and only falls back to the list price for other failures, and the tests check that cancellation surfaces as an AbortError.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Part {
  sku: string;
  name: string;
  listPriceEur: number;
}

type FetchLike = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

class PartsCatalog {
  constructor(
    private readonly base: string,
    private readonly fetchImpl: FetchLike,
    private readonly parts: ReadonlyMap<string, Part>,
  ) {}

  async priceFor(sku: string, signal?: AbortSignal): Promise<number> {
    const part = this.parts.get(sku);
    if (!part) throw new Error(`unknown part ${sku}`);
    try {
      const res = await this.fetchImpl(`${this.base}/prices/${sku}`, { signal });
      if (!res.ok) throw new Error(`price service ${res.status}`);
      const { priceEur } = (await res.json()) as { priceEur: number };
      return priceEur;
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      return part.listPriceEur;
    }
  }
}

const parts = new Map<string, Part>([
  ['BEL-01', { sku: 'BEL-01', name: 'Bellows pair, goatskin', listPriceEur: 18.5 }],
  ['PEN-07', { sku: 'PEN-07', name: 'Carved oak-leaf pendulum', listPriceEur: 24 }],
]);

describe('PartsCatalog.priceFor', () => {
  let fetchImpl: ReturnType<typeof vi.fn<FetchLike>>;

  beforeEach(() => {
    fetchImpl = vi.fn<FetchLike>(async () => Response.json({ priceEur: 21.9 }));
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns the live price', async () => {
    const catalog = new PartsCatalog('http://schwarzwald.test', fetchImpl, parts);
    await expect(catalog.priceFor('BEL-01')).resolves.toBe(21.9);
  });

  it('falls back to the list price when the service is down', async () => {
    fetchImpl.mockResolvedValueOnce(new Response('oops', { status: 503 }));
    const catalog = new PartsCatalog('http://schwarzwald.test', fetchImpl, parts);
    await expect(catalog.priceFor('PEN-07')).resolves.toBe(24);
  });

  it('lets cancellation through as an AbortError', async () => {
    const controller = new AbortController();
    fetchImpl.mockImplementationOnce(async (_url, init) => {
      init?.signal?.throwIfAborted();
      return Response.json({ priceEur: 1 });
    });
    controller.abort();
    const catalog = new PartsCatalog('http://schwarzwald.test', fetchImpl, parts);
    await expect(catalog.priceFor('BEL-01', controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects unknown parts', async () => {
    const catalog = new PartsCatalog('http://schwarzwald.test', fetchImpl, parts);
    await expect(catalog.priceFor('BIRD-99')).rejects.toThrow('unknown part BIRD-99');
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});
